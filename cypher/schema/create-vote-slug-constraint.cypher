// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT vote_slug_unique IF NOT EXISTS FOR (v:Vote) REQUIRE v.slug IS UNIQUE
