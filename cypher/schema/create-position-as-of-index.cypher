// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS).
CREATE INDEX position_as_of IF NOT EXISTS FOR (p:Position) ON (p.asOf)
