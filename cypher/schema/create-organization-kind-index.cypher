// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS).
CREATE INDEX organization_kind IF NOT EXISTS FOR (o:Organization) ON (o.kind)
