// Creates or updates reported figures. Reports of the same measure stay separate nodes, each
// with its own evidence; nothing merges them.
// Params: $rows: [{id, dispute, measure, value, unit, qualifier, asReported, articleId, on, onPrecision,
//   onInferred, onNote, attributedTo, issues: [issueId], evidence: [statementId]}].
// $origin: string, the data set that writes them ("seed", or a test fixture's name).
// Returns: count (integer): rows written.
UNWIND $rows AS row
MERGE (f:Figure {id: row.id})
SET f.origin = $origin, f.measure = row.measure, f.value = row.value, f.unit = row.unit, f.qualifier = row.qualifier,
    f.asReported = row.asReported,
    f.on = CASE WHEN row.on IS NULL THEN null ELSE date(row.on) END,
    f.onPrecision = row.onPrecision, f.onInferred = row.onInferred, f.onNote = row.onNote
WITH f, row
CALL (f) {
  MATCH (f)-[old:REPORTED_IN|ATTRIBUTED_TO|CONCERNS|EVIDENCED_BY|IN_DISPUTE]->()
  DELETE old
}
MATCH (a:Article {id: row.articleId})
MATCH (d:Dispute {id: row.dispute})
MERGE (f)-[:REPORTED_IN]->(a)
MERGE (f)-[:IN_DISPUTE]->(d)
WITH f, row
CALL (f, row) {
  MATCH (s:Stakeholder {id: row.attributedTo})
  MERGE (f)-[:ATTRIBUTED_TO]->(s)
}
CALL (f, row) {
  UNWIND row.issues AS issueId
  MATCH (i:Issue {id: issueId})
  MERGE (f)-[:CONCERNS]->(i)
}
CALL (f, row) {
  UNWIND row.evidence AS statementId
  MATCH (st:Statement {id: statementId})
  MERGE (f)-[:EVIDENCED_BY]->(st)
}
RETURN count(*) AS count
