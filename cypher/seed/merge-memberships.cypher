// Creates or updates memberships (a union in a coalition, a local in a union, a member in a union).
// Params: $rows: [{member, organization, relation, inferred, note, evidence: [statementId]}].
// $origin: string, the data set that writes them ("seed", or a test fixture's name).
// Returns: count (integer): rows written.
UNWIND $rows AS row
MATCH (m:Stakeholder {id: row.member})
MATCH (o:Organization {id: row.organization})
MERGE (m)-[r:MEMBER_OF]->(o)
SET r.relation = row.relation, r.inferred = row.inferred, r.note = row.note, r.evidence = row.evidence
RETURN count(*) AS count
