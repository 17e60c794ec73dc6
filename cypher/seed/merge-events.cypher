// Creates or updates events (letters, deadlines, sessions, layoff plans) with participants,
// issues and evidence.
// Params: $rows: [{id, dispute, kind, name, description, on, onPrecision, onInferred, onNote,
//   participants: [{id, role}], issues: [issueId], evidence: [statementId]}].
// $origin: string, the data set that writes them ("seed", or a test fixture's name).
// Returns: count (integer): rows written.
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
SET e.origin = $origin, e.kind = row.kind, e.name = row.name, e.description = row.description,
    e.on = CASE WHEN row.on IS NULL THEN null ELSE date(row.on) END,
    e.onPrecision = row.onPrecision, e.onInferred = row.onInferred, e.onNote = row.onNote
WITH e, row
CALL (e) {
  MATCH (e)-[old:INVOLVES|CONCERNS|EVIDENCED_BY|IN_DISPUTE]->()
  DELETE old
}
CALL (e, row) {
  MATCH (d:Dispute {id: row.dispute})
  MERGE (e)-[:IN_DISPUTE]->(d)
}
CALL (e, row) {
  UNWIND row.participants AS participant
  MATCH (s:Stakeholder {id: participant.id})
  MERGE (e)-[r:INVOLVES {role: participant.role}]->(s)
}
CALL (e, row) {
  UNWIND row.issues AS issueId
  MATCH (i:Issue {id: issueId})
  MERGE (e)-[:CONCERNS]->(i)
}
CALL (e, row) {
  UNWIND row.evidence AS statementId
  MATCH (st:Statement {id: statementId})
  MERGE (e)-[:EVIDENCED_BY]->(st)
}
RETURN count(*) AS count
