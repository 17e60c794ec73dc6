// Re-proposal: replaces what the pipeline proposed on the article's still-PROPOSED suggestions with
// a new run's proposal for the same span. ACCEPTED and REJECTED ones are history and stay as they
// are; a suggestion whose proposal is the same is not touched.
// Params: $articleId (string), $rows (as in create-suggestions.cypher), $actor (actor id),
//   $at (ISO 8601 string).
// Returns: one row per suggestion changed: id, before (the proposal it replaced: speakerName,
//   onBehalfOfName, issues (JSON text), confidence, saidOn, pipelineVersion); in text order.
// Each suggestion is locked before its status is read, so one an acceptance holds is read after
// that acceptance commits (ACCEPTED: left alone), as acceptSuggestion reads the proposal under the
// same lock.
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MATCH (s:Suggestion {id: row.id})-[:SUGGESTED_FOR]->(a)
SET s.`_lock` = true
REMOVE s.`_lock`
WITH s, row
WHERE s.status = 'PROPOSED'
WITH s, row, s {.speakerName, .onBehalfOfName, .issues, .confidence, .saidOn, .pipelineVersion} AS before
WHERE any(field IN keys(row) WHERE NOT coalesce(s[field] = row[field], s[field] IS NULL AND row[field] IS NULL))
SET s += row, s.reproposedBy = $actor, s.reproposedAt = $at
RETURN s.id AS id, before
ORDER BY s.start, s.id
