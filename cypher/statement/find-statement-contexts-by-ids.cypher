// The paragraph around statements by id, for the per-request context loader (only when a client
// selects Statement.context).
// Params: $keys: [string] (statement ids).
// Returns: one row per id found: key, context. Row order is not significant.
UNWIND $keys AS key
MATCH (s:Statement {id: key})
RETURN s.id AS key, s.context AS context
