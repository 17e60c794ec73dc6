// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS).
CREATE INDEX vote_slug IF NOT EXISTS FOR (v:Vote) ON (v.slug)
