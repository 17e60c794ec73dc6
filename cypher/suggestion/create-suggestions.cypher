// Stores the pipeline's proposals for one article as PROPOSED suggestions, skipping ids that exist
// (an id is the article and the span, so ingesting the same text again adds nothing).
// Params: $articleId (string), $rows: [{id, kind, text, start, end, paragraph, medium, rule,
//   confidence, lowConfidence, pipelineVersion, speakerId, speakerName, speakerIsNew, speakerType, speakerLink,
//   roleTitle, roleOrganizationId, roleOrganizationName, onBehalfOfId, onBehalfOfName,
//   issues (JSON text), saidOn (YYYY-MM-DD or null), saidOnNote}], $actor (actor id), $at (ISO 8601 string).
// Returns: one row: created (integer), the suggestions this call added.
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
OPTIONAL MATCH (existing:Suggestion {id: row.id})
WITH a, row, existing
WHERE existing IS NULL
CREATE (s:Suggestion)
SET s = row, s.status = 'PROPOSED', s.createdBy = $actor, s.createdAt = $at
CREATE (s)-[:SUGGESTED_FOR]->(a)
RETURN count(s) AS created
