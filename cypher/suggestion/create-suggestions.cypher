// Stores the pipeline's proposals for one article as PROPOSED suggestions, skipping ids that exist
// (an id is the article and the span, so ingesting the same text again adds nothing) and spans the
// article already records as a live statement (curated by hand, or accepted before): proposing
// those again would only invite a duplicate. Recorded means the same span, or a statement of the
// same class (paraphrase, or quote; not a REPORT) sharing more than half of the longer of the two
// spans (a curated paraphrase without its final period, or without "But" in front);
// src/write/ingest.write.ts applies the same rule to a dry run (recordedBy).
// Params: $articleId (string), $rows: [{id, kind, text, start, end, paragraph, medium, rule,
//   confidence, lowConfidence, pipelineVersion, speakerId, speakerName, speakerIsNew, speakerType, speakerLink,
//   roleTitle, roleOrganizationId, roleOrganizationName, onBehalfOfId, onBehalfOfName,
//   issues (JSON text), saidOn (YYYY-MM-DD or null), saidOnNote}], $actor (actor id), $at (ISO 8601 string).
// Returns: one row: created (integer), the suggestions this call added; recorded ([{suggestion,
//   statement, start, end, text}]), the rows not stored because a live statement records their span
//   (suggestion: the row's id; statement: that statement's id), in $rows order.
MATCH (a:Article {id: $articleId})
UNWIND range(0, size($rows) - 1) AS index
WITH a, index, $rows[index] AS row
OPTIONAL MATCH (existing:Suggestion {id: row.id})
OPTIONAL MATCH (statement:Statement)-[:IN_ARTICLE]->(a)
  WHERE statement.retractedAt IS NULL
    AND ((statement.start = row.start AND statement.end = row.end)
      OR ((statement.kind = 'PARAPHRASE') = (row.kind = 'PARAPHRASE')
        AND statement.kind <> 'REPORT'
        AND 2 * (CASE WHEN statement.end < row.end THEN statement.end ELSE row.end END
               - CASE WHEN statement.start > row.start THEN statement.start ELSE row.start END)
          > CASE WHEN statement.end - statement.start > row.end - row.start
                 THEN statement.end - statement.start ELSE row.end - row.start END))
WITH a, index, row, existing, min(statement.id) AS recordedAs
CALL (a, row, existing, recordedAs) {
  WITH a, row
  WHERE existing IS NULL AND recordedAs IS NULL
  CREATE (s:Suggestion)
  SET s = row, s.status = 'PROPOSED', s.createdBy = $actor, s.createdAt = $at
  CREATE (s)-[:SUGGESTED_FOR]->(a)
  RETURN count(s) AS made
}
WITH index, row, existing, recordedAs, made
ORDER BY index
RETURN sum(made) AS created,
       collect(CASE WHEN existing IS NULL AND recordedAs IS NOT NULL
                    THEN {suggestion: row.id, statement: recordedAs, start: row.start, end: row.end, text: row.text} END) AS recorded
