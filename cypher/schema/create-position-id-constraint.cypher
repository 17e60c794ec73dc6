// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT position_id_unique IF NOT EXISTS FOR (p:Position) REQUIRE p.id IS UNIQUE
