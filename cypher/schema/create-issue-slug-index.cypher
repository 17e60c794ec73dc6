// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS). Finds the issues a slug names, in any dispute.
CREATE INDEX issue_slug IF NOT EXISTS FOR (i:Issue) ON (i.slug)
