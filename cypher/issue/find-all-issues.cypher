// Every issue in dispute, or only those of one dispute.
// Params: $dispute: string | null (a dispute's id); $limit: integer (the first rows in order).
// Returns: key (the id), slug, disputeKey, name, proposition, description, cues ([string], see src/ingest/cues.ts); ordered by disputeKey, slug.
MATCH (i:Issue)
WHERE $dispute IS NULL OR i.dispute = $dispute
RETURN i.id AS key, i.slug AS slug, i.dispute AS disputeKey, i.name AS name, i.proposition AS proposition,
       i.description AS description, coalesce(i.cues, []) AS cues
ORDER BY disputeKey, slug
LIMIT $limit
