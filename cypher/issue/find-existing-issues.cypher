// Which of the given issue ids exist, inside a write transaction (a write checks its references).
// Params: $keys: [string] (issue ids).
// Returns: one row per id found: key. Row order is not significant.
UNWIND $keys AS key
MATCH (i:Issue {id: key})
RETURN i.id AS key
