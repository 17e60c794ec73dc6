// Creates or updates agreements, their parties, and their terms and savings (AgreementTerm nodes,
// each with evidence).
// Params: $rows: [{id, dispute, name, valueUsd, parties: [orgId], evidence: [statementId],
//   terms: [{id, kind: "TERM"|"SAVING", text, fiscalYear, amountUsd, evidence: [statementId]}]}].
// $origin: string, the data set that writes them ("seed", or a test fixture's name).
// Returns: count (integer): rows written.
UNWIND $rows AS row
MERGE (a:Agreement {id: row.id})
SET a.origin = $origin, a.name = row.name, a.valueUsd = row.valueUsd
WITH a, row
CALL (a) {
  MATCH (a)-[old:BETWEEN|EVIDENCED_BY|HAS_TERM|IN_DISPUTE]->()
  DELETE old
}
CALL (a, row) {
  MATCH (d:Dispute {id: row.dispute})
  MERGE (a)-[:IN_DISPUTE]->(d)
}
CALL (a, row) {
  UNWIND row.parties AS partyId
  MATCH (o:Organization {id: partyId})
  MERGE (a)-[:BETWEEN]->(o)
}
CALL (a, row) {
  UNWIND row.evidence AS statementId
  MATCH (st:Statement {id: statementId})
  MERGE (a)-[:EVIDENCED_BY]->(st)
}
CALL (a, row) {
  UNWIND row.terms AS term
  MERGE (t:AgreementTerm {id: term.id})
  SET t.origin = $origin, t.kind = term.kind, t.text = term.text, t.fiscalYear = term.fiscalYear, t.amountUsd = term.amountUsd
  MERGE (a)-[:HAS_TERM]->(t)
  WITH t, term
  CALL (t) {
    MATCH (t)-[old:EVIDENCED_BY]->()
    DELETE old
  }
  UNWIND term.evidence AS statementId
  MATCH (st:Statement {id: statementId})
  MERGE (t)-[:EVIDENCED_BY]->(st)
}
RETURN count(*) AS count
