// The issues a slug names: one per dispute that uses it, or only the one of $dispute.
// Params: $slug: string; $dispute: string | null (a dispute's id).
// Returns: key (the id), slug, disputeKey, name, proposition, description,
//   version, origin, createdBy, createdAt, updatedAt (provenance), cues ([string], see
//   src/ingest/cues.ts); ordered by disputeKey.
MATCH (i:Issue {slug: $slug})
WHERE $dispute IS NULL OR i.dispute = $dispute
RETURN i.id AS key, i.slug AS slug, i.dispute AS disputeKey, i.name AS name, i.proposition AS proposition,
       i.description AS description, coalesce(i.version, 1) AS version, i.origin AS origin,
       i.createdBy AS createdBy, i.createdAt AS createdAt, i.updatedAt AS updatedAt,
       coalesce(i.cues, []) AS cues
ORDER BY disputeKey
