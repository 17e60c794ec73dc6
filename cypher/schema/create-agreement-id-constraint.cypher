// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT agreement_id_unique IF NOT EXISTS FOR (a:Agreement) REQUIRE a.id IS UNIQUE
