// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT issue_slug_unique IF NOT EXISTS FOR (i:Issue) REQUIRE i.slug IS UNIQUE
