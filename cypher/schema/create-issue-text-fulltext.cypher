// Full-text index over issue names and propositions.
// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS).
CREATE FULLTEXT INDEX issue_text IF NOT EXISTS
FOR (i:Issue) ON EACH [i.name, i.proposition, i.slug]
