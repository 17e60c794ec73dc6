// Every issue in dispute, or only those of one dispute.
// Params: $dispute: string | null (a dispute's id); $limit: integer (the first rows in order).
// Returns: key (the id), slug, disputeKey, name, proposition, description; ordered by disputeKey, slug.
MATCH (i:Issue)
WHERE $dispute IS NULL OR i.dispute = $dispute
RETURN i.id AS key, i.slug AS slug, i.dispute AS disputeKey, i.name AS name, i.proposition AS proposition,
       i.description AS description
ORDER BY disputeKey, slug
LIMIT $limit
