// Bench: memberships, roles, figures and events of a synthetic graph.
// Params: $memberships: [{member, org}]; $roles: [{person, org, title, evidence: [string]}];
//   $figures: [{id, article, value, asReported, dispute, issue}];
//   $events: [{id, name, on, dispute, participants: [string], issue}].
// Returns: one row, count.
CALL {
  UNWIND $memberships AS row
  MATCH (m:Stakeholder {id: row.member})
  MATCH (o:Organization {id: row.org})
  CREATE (m)-[:MEMBER_OF {relation: 'member', inferred: false, evidence: []}]->(o)
}
CALL {
  UNWIND $roles AS row
  MATCH (p:Person {id: row.person})
  MATCH (o:Organization {id: row.org})
  CREATE (p)-[:HOLDS_ROLE {title: row.title, evidence: row.evidence}]->(o)
}
CALL {
  UNWIND $figures AS row
  MATCH (a:Article {id: row.article})
  MATCH (d:Dispute {id: row.dispute})
  MATCH (i:Issue {id: row.issue})
  CREATE (f:Figure {id: row.id, measure: 'planned-layoffs', value: row.value, unit: 'jobs',
                    qualifier: 'up to', asReported: row.asReported, on: a.publishedOn,
                    onPrecision: 'DAY', onInferred: false})
  CREATE (f)-[:REPORTED_IN]->(a)
  CREATE (f)-[:IN_DISPUTE]->(d)
  CREATE (f)-[:CONCERNS]->(i)
}
CALL {
  UNWIND $events AS row
  MATCH (d:Dispute {id: row.dispute})
  MATCH (i:Issue {id: row.issue})
  CREATE (e:Event {id: row.id, kind: 'MEETING', name: row.name, description: 'synthetic',
                   on: date(row.on), onPrecision: 'DAY', onInferred: false})
  CREATE (e)-[:IN_DISPUTE]->(d)
  CREATE (e)-[:CONCERNS]->(i)
  WITH e, row
  UNWIND row.participants AS participant
  MATCH (s:Stakeholder {id: participant})
  CREATE (e)-[:INVOLVES {role: 'participant'}]->(s)
}
RETURN 1 AS count
