// Params: none. Returns: no rows. Idempotent (IF EXISTS). Slugs were unique graph-wide before disputes; a store made then still has this constraint, which would refuse a second dispute's issue of the same slug. Sorts before the create- files, so it is gone before issue_slug is made.
DROP CONSTRAINT issue_slug_unique IF EXISTS
