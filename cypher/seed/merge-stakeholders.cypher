// Creates or updates people and organizations (both also labelled :Stakeholder) and links each
// to the statements that name it. Relationships to evidence are rebuilt, so removed evidence goes.
// Params: $rows: [{id, label: "Person"|"Organization", name, aliases, aliasesText, kind, party,
//   district, description, evidence: [statementId]}].
// $origin: string, the data set that writes them ("seed", or a test fixture's name).
// Returns: count (integer): rows written.
UNWIND $rows AS row
MERGE (s:Stakeholder {id: row.id})
SET s.origin = $origin, s.name = row.name, s.aliases = row.aliases, s.aliasesText = row.aliasesText,
    s.kind = row.kind, s.party = row.party, s.district = row.district, s.description = row.description
FOREACH (_ IN CASE WHEN row.label = 'Person' THEN [1] ELSE [] END | SET s:Person)
FOREACH (_ IN CASE WHEN row.label = 'Organization' THEN [1] ELSE [] END | SET s:Organization)
WITH s, row
CALL (s) {
  MATCH (s)-[old:EVIDENCED_BY]->()
  DELETE old
}
CALL (s, row) {
  UNWIND row.evidence AS statementId
  MATCH (st:Statement {id: statementId})
  MERGE (s)-[:EVIDENCED_BY]->(st)
}
RETURN count(*) AS count
