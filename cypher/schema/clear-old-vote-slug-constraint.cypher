// Params: none. Returns: no rows. Idempotent (IF EXISTS). As clear-old-issue-slug-constraint, for votes.
DROP CONSTRAINT vote_slug_unique IF EXISTS
