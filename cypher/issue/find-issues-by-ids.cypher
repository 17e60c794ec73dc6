// Issues by id ("<dispute>/<slug>"), for the per-request issue loader.
// Params: $keys: [string] (issue ids).
// Returns: one row per id found: key (the id), slug, disputeKey, name, proposition, description,
//   version, origin, createdBy, createdAt, updatedAt (provenance), cues ([string], see
//   src/ingest/cues.ts).
UNWIND $keys AS key
MATCH (i:Issue {id: key})
RETURN i.id AS key, i.slug AS slug, i.dispute AS disputeKey, i.name AS name, i.proposition AS proposition,
       i.description AS description, coalesce(i.version, 1) AS version, i.origin AS origin,
       i.createdBy AS createdBy, i.createdAt AS createdAt, i.updatedAt AS updatedAt,
       coalesce(i.cues, []) AS cues
