// Creates or updates positions: a stakeholder's stance on an issue as of a date, with evidence.
// Params: $rows: [{id, holder, issue (issue id), stance, asOf, asOfEarliest, asOfLatest (YYYY-MM-DD:
//   the window asOf can fall in), asOfPrecision, asOfInferred, asOfNote, confidence, inferred, note,
//   evidence: [statementId], counterEvidence: [statementId] (words that speak against the stance,
//   shown beside it, never as its evidence)}].
// $origin: string, the data set that writes them ("seed", or a test fixture's name).
// Returns: count (integer): rows written.
UNWIND $rows AS row
MERGE (p:Position {id: row.id})
SET p.origin = $origin, p.stance = row.stance, p.asOf = date(row.asOf),
    p.asOfEarliest = date(row.asOfEarliest), p.asOfLatest = date(row.asOfLatest), p.asOfPrecision = row.asOfPrecision,
    p.asOfInferred = row.asOfInferred, p.asOfNote = row.asOfNote, p.confidence = row.confidence,
    p.inferred = row.inferred, p.note = row.note
WITH p, row
CALL (p) {
  MATCH (p)-[old:ON_ISSUE|EVIDENCED_BY|COUNTER_EVIDENCE]->()
  DELETE old
}
CALL (p) {
  MATCH ()-[old:HOLDS_POSITION]->(p)
  DELETE old
}
MATCH (holder:Stakeholder {id: row.holder})
MATCH (i:Issue {id: row.issue})
MERGE (holder)-[:HOLDS_POSITION]->(p)
MERGE (p)-[:ON_ISSUE]->(i)
WITH p, row
CALL (p, row) {
  UNWIND row.evidence AS statementId
  MATCH (st:Statement {id: statementId})
  MERGE (p)-[:EVIDENCED_BY]->(st)
}
CALL (p, row) {
  UNWIND row.counterEvidence AS statementId
  MATCH (st:Statement {id: statementId})
  MERGE (p)-[:COUNTER_EVIDENCE]->(st)
}
RETURN count(*) AS count
