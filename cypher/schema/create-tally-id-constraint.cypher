// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT tally_id_unique IF NOT EXISTS FOR (t:Tally) REQUIRE t.id IS UNIQUE
