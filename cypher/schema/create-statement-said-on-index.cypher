// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS).
CREATE INDEX statement_said_on IF NOT EXISTS FOR (s:Statement) ON (s.saidOn)
