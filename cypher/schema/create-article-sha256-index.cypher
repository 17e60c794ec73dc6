// Finds an article by the SHA-256 of its text (ingestion reuses an article it has seen).
// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS).
CREATE INDEX article_sha256 IF NOT EXISTS FOR (a:Article) ON (a.sha256)
