// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT stakeholder_id_unique IF NOT EXISTS FOR (s:Stakeholder) REQUIRE s.id IS UNIQUE
