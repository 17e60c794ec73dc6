// Takes the write lock on a statement, then reads what a write needs of it (see
// stakeholder/lock-stakeholder.cypher for why the lock comes first).
// Params: $key (string).
// Returns: at most one row: key, version (1 when unset: curated statements), retractedAt (or null).
MATCH (s:Statement {id: $key})
SET s.`_lock` = true
REMOVE s.`_lock`
RETURN s.id AS key, coalesce(s.version, 1) AS version, s.retractedAt AS retractedAt
