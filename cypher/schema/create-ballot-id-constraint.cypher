// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT ballot_id_unique IF NOT EXISTS FOR (b:Ballot) REQUIRE b.id IS UNIQUE
