// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS).
CREATE INDEX stakeholder_name IF NOT EXISTS FOR (s:Stakeholder) ON (s.name)
