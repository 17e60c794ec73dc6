// Raw baseline: who speaks for an organization (on its behalf, or by a spokes/negotiator/president title).
// Params: $org: string (organization id).
// Returns: spokesperson {person {name}, titles, evidence [{text}]}; most evidence first, then id.
MATCH (o:Organization {id: $org})
CALL (o) {
  MATCH (o)<-[:ON_BEHALF_OF]-(s:Statement)-[:SAID_BY]->(p:Person)
  RETURN p, s
  UNION
  MATCH (p:Person)-[r:HOLDS_ROLE]->(o)
  WHERE toLower(r.title) CONTAINS 'spokes' OR toLower(r.title) CONTAINS 'negotiator'
     OR toLower(r.title) CONTAINS 'president'
  RETURN p, null AS s
}
WITH o, p, [x IN collect(s) WHERE x IS NOT NULL AND x.retractedAt IS NULL] AS said
CALL (said) {
  UNWIND said AS st
  MATCH (st)-[:IN_ARTICLE]->(a:Article)
  WITH st, a ORDER BY coalesce(toString(a.publishedOn), '9999'), a.id, st.start
  RETURN collect({text: st.text}) AS evidence
}
RETURN {person: {name: p.name}, titles: [(p)-[r:HOLDS_ROLE]->(o) | r.title], evidence: evidence} AS spokesperson
ORDER BY size(said) DESC, p.id
