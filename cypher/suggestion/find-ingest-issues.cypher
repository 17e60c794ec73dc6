// The issues the ingestion pipeline classifies against, with their cues (src/ingest/cues.ts).
// Params: $dispute (string or null: every dispute).
// Returns: one row per issue: key (id "<dispute>/<slug>"), slug, name, cues ([string]); by key.
MATCH (i:Issue)
WHERE $dispute IS NULL OR i.dispute = $dispute
RETURN i.id AS key, i.slug AS slug, i.name AS name, coalesce(i.cues, []) AS cues
ORDER BY key
