// Bench: the dispute, its issues, stakeholders and articles of a synthetic graph (fresh database).
// Params: $dispute: {id, name}; $issues: [{id, slug, name}]; $people, $orgs: [{id, name, kind}];
//   $articles: [{id, headline, publishedOn, outlet}].
// Returns: one row, count.
CREATE (d:Dispute {id: $dispute.id, name: $dispute.name, description: 'synthetic benchmark dispute'})
WITH d
CALL (d) {
  UNWIND $issues AS row
  CREATE (i:Issue {id: row.id, slug: row.slug, dispute: d.id, name: row.name, proposition: row.name + ' should happen'})
  CREATE (i)-[:IN_DISPUTE]->(d)
}
CALL {
  UNWIND $people AS row
  CREATE (:Stakeholder:Person {id: row.id, name: row.name, aliases: [], aliasesText: ''})
}
CALL {
  UNWIND $orgs AS row
  CREATE (:Stakeholder:Organization {id: row.id, name: row.name, kind: row.kind, aliases: [], aliasesText: ''})
}
CALL {
  UNWIND $articles AS row
  MATCH (o:Organization {id: row.outlet})
  CREATE (a:Article {id: row.id, file: row.id + '.txt', headline: row.headline, author: 'Reporter',
                     text: row.text, publishedOn: date(row.publishedOn), publishedPrecision: 'DAY',
                     publishedInferred: false, authorInferred: false, outletInferred: false})
  CREATE (a)-[:PUBLISHED_BY]->(o)
}
RETURN 1 AS count
