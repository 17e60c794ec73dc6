// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS). Issues are keyed by "<dispute>/<slug>": slugs repeat across disputes.
CREATE CONSTRAINT issue_id_unique IF NOT EXISTS FOR (i:Issue) REQUIRE i.id IS UNIQUE
