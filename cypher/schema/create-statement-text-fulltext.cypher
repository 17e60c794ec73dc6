// Full-text index over the verbatim text of statements.
// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS).
CREATE FULLTEXT INDEX statement_text IF NOT EXISTS
FOR (s:Statement) ON EACH [s.text]
