// Relationship counts per type, for the seed report and the idempotency test.
// Params: none.
// Returns: type (string), count (integer); ordered by type.
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
ORDER BY type
