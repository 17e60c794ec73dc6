// Who speaks for each organization: people quoted on its behalf, and people whose title there
// makes them its voice (spokesperson, negotiator, president) even if not quoted.
// Params: $keys: [string] (organization ids).
// Returns: ownerKey, personKey, titles ([string]), evidenceKeys ([statement id], the statements
//   made on its behalf); ordered by ownerKey, number of statements descending, personKey.
UNWIND $keys AS ownerKey
MATCH (o:Organization {id: ownerKey})
CALL (o) {
  MATCH (o)<-[:ON_BEHALF_OF]-(s:Statement)-[:SAID_BY]->(p:Person)
  RETURN p, s
  UNION
  MATCH (p:Person)-[r:HOLDS_ROLE]->(o)
  WHERE toLower(r.title) CONTAINS 'spokes' OR toLower(r.title) CONTAINS 'negotiator'
     OR toLower(r.title) CONTAINS 'president'
  RETURN p, null AS s
}
WITH ownerKey, o, p, [x IN collect(s) WHERE x IS NOT NULL | x.id] AS evidenceKeys
RETURN ownerKey, p.id AS personKey, [(p)-[r:HOLDS_ROLE]->(o) | r.title] AS titles, evidenceKeys
ORDER BY ownerKey, size(evidenceKeys) DESC, personKey
