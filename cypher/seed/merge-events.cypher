// Creates or updates events (letters, deadlines, sessions, layoff plans) with participants,
// issues and evidence.
// Params: $rows: [{id, kind, name, description, on, onPrecision, onInferred, onNote,
//   participants: [{id, role}], issues: [slug], evidence: [statementId]}].
// Returns: count (integer): rows written.
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
SET e.origin = 'seed', e.kind = row.kind, e.name = row.name, e.description = row.description,
    e.on = CASE WHEN row.on IS NULL THEN null ELSE date(row.on) END,
    e.onPrecision = row.onPrecision, e.onInferred = row.onInferred, e.onNote = row.onNote
WITH e, row
CALL (e) {
  MATCH (e)-[old:INVOLVES|CONCERNS|EVIDENCED_BY]->()
  DELETE old
}
CALL (e, row) {
  UNWIND row.participants AS participant
  MATCH (s:Stakeholder {id: participant.id})
  MERGE (e)-[r:INVOLVES {role: participant.role}]->(s)
}
CALL (e, row) {
  UNWIND row.issues AS slug
  MATCH (i:Issue {slug: slug})
  MERGE (e)-[:CONCERNS]->(i)
}
CALL (e, row) {
  UNWIND row.evidence AS statementId
  MATCH (st:Statement {id: statementId})
  MERGE (e)-[:EVIDENCED_BY]->(st)
}
RETURN count(*) AS count
