// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT statement_id_unique IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE
