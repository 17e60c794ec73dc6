// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS). Votes are keyed by "<dispute>/<slug>".
CREATE CONSTRAINT vote_id_unique IF NOT EXISTS FOR (v:Vote) REQUIRE v.id IS UNIQUE
