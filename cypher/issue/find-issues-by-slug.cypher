// The issues a slug names: one per dispute that uses it, or only the one of $dispute.
// Params: $slug: string; $dispute: string | null (a dispute's id).
// Returns: key (the id), slug, disputeKey, name, proposition, description, cues ([string], see src/ingest/cues.ts); ordered by disputeKey.
MATCH (i:Issue {slug: $slug})
WHERE $dispute IS NULL OR i.dispute = $dispute
RETURN i.id AS key, i.slug AS slug, i.dispute AS disputeKey, i.name AS name, i.proposition AS proposition,
       i.description AS description, coalesce(i.cues, []) AS cues
ORDER BY disputeKey
