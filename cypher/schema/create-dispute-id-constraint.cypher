// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT dispute_id_unique IF NOT EXISTS FOR (d:Dispute) REQUIRE d.id IS UNIQUE
