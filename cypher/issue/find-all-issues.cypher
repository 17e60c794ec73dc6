// Every issue in dispute, or only those of one dispute.
// Params: $dispute: string | null (a dispute's id); $limit: integer (the first rows in order).
// Returns: key (the id), slug, disputeKey, name, proposition, description,
//   version, origin, createdBy, createdAt, updatedAt (provenance), cues ([string], see
//   src/ingest/cues.ts); ordered by disputeKey, slug.
MATCH (i:Issue)
WHERE $dispute IS NULL OR i.dispute = $dispute
RETURN i.id AS key, i.slug AS slug, i.dispute AS disputeKey, i.name AS name, i.proposition AS proposition,
       i.description AS description, coalesce(i.version, 1) AS version, i.origin AS origin,
       i.createdBy AS createdBy, i.createdAt AS createdAt, i.updatedAt AS updatedAt,
       coalesce(i.cues, []) AS cues
ORDER BY disputeKey, slug
LIMIT $limit
