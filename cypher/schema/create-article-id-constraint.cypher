// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT article_id_unique IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE
