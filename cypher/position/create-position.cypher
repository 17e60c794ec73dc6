// Creates a position written by an editor: $holder's stance on $issue as of a date, with evidence.
// Params: $id (a fresh id), $holder (stakeholder id), $issue (issue id), $stance, $asOf,
//   $asOfEarliest, $asOfLatest (YYYY-MM-DD), $asOfPrecision, $asOfInferred, $asOfNote, $confidence,
//   $inferred, $note, $evidence ([statement id], checked by the caller), $origin ("editor", or "suggestion" for an accepted ingestion proposal), $actor, $at (ISO 8601).
// Returns: one row: key.
MATCH (holder:Stakeholder {id: $holder})
MATCH (i:Issue {id: $issue})
CREATE (holder)-[:HOLDS_POSITION]->(p:Position {id: $id})-[:ON_ISSUE]->(i)
SET p.stance = $stance, p.asOf = date($asOf), p.asOfEarliest = date($asOfEarliest),
    p.asOfLatest = date($asOfLatest), p.asOfPrecision = $asOfPrecision, p.asOfInferred = $asOfInferred,
    p.asOfNote = $asOfNote, p.confidence = $confidence, p.inferred = $inferred, p.note = $note,
    p.origin = $origin, p.version = 1, p.createdBy = $actor, p.createdAt = $at, p.updatedAt = $at
WITH p
CALL (p) {
  UNWIND $evidence AS statementId
  MATCH (st:Statement {id: statementId})
  CREATE (p)-[:EVIDENCED_BY]->(st)
}
RETURN p.id AS key
