// An organization by id, projected for the client's selection, with its spokespeople when
// selected: the root field organization(id) in one round trip. Who speaks for it, as
// role/find-spokespeople-by-organizations: people quoted on its behalf, and people whose title
// there makes them its voice (spokesperson, negotiator, president); most statements first. They
// are grouped here, in one pass over the organization's statements (a fragment line cannot
// aggregate: Neo4j reads an aggregation inside a projection as the enclosing RETURN's).
// Params: $key: string (the organization's id); $withSpokespeople: boolean.
// Returns: organization (the Stakeholder projection), spokespeople ([Spokesperson projection];
//   [] unless $withSpokespeople); no row when no organization has the id.
MATCH (o:Organization {id: $key})
CALL (o) {
  WITH o
  WHERE $withSpokespeople
  CALL (o) {
    MATCH (o)<-[:ON_BEHALF_OF]-(s:Statement)-[:SAID_BY]->(p:Person)
    RETURN p, s
    UNION
    MATCH (p:Person)-[r:HOLDS_ROLE]->(o)
    WHERE toLower(r.title) CONTAINS 'spokes' OR toLower(r.title) CONTAINS 'negotiator'
       OR toLower(r.title) CONTAINS 'president'
    RETURN p, null AS s
  }
  WITH o, p, collect(s) AS said
  ORDER BY size(said) DESC, p.id
  WITH {person: p, titles: [(p)-[r:HOLDS_ROLE]->(o) | r.title], evidence: said} AS spokesperson
  RETURN collect({/*@Spokesperson spokesperson*/}) AS spokespeople
}
RETURN {/*@Stakeholder o*/} AS organization, spokespeople
