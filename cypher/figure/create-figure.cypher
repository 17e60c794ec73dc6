// Creates a figure as one article reports it, with its source statements.
// Params: $id (a fresh id), $dispute (checked: no row when it does not exist), $measure, $value,
//   $unit, $qualifier, $asReported (verbatim, checked by the caller), $article (the evidence's
//   article), $on (YYYY-MM-DD or null), $onPrecision, $onInferred, $onNote, $attributedTo
//   (stakeholder id or null, checked by the caller), $issues ([issue id]), $evidence
//   ([statement id]), $actor, $at (ISO 8601).
// Returns: at most one row: key.
MATCH (d:Dispute {id: $dispute}), (a:Article {id: $article})
CREATE (d)<-[:IN_DISPUTE]-(f:Figure {id: $id})-[:REPORTED_IN]->(a)
SET f.measure = $measure, f.value = $value, f.unit = $unit, f.qualifier = $qualifier,
    f.asReported = $asReported, f.on = CASE WHEN $on IS NULL THEN null ELSE date($on) END,
    f.onPrecision = $onPrecision, f.onInferred = $onInferred, f.onNote = $onNote, f.origin = 'editor',
    f.version = 1, f.createdBy = $actor, f.createdAt = $at, f.updatedAt = $at
WITH f
CALL (f) {
  MATCH (s:Stakeholder {id: $attributedTo})
  CREATE (f)-[:ATTRIBUTED_TO]->(s)
}
CALL (f) {
  UNWIND $issues AS issueId
  MATCH (i:Issue {id: issueId})
  CREATE (f)-[:CONCERNS]->(i)
}
CALL (f) {
  UNWIND $evidence AS statementId
  MATCH (st:Statement {id: statementId})
  CREATE (f)-[:EVIDENCED_BY]->(st)
}
RETURN f.id AS key
