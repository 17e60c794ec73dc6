// Titles each person holds, with the statements that state them.
// Params: $keys: [string] (person ids).
// Returns: ownerKey, personKey, organizationKey, title, since, until, note, evidenceKeys;
//   ordered by ownerKey, title.
UNWIND $keys AS ownerKey
MATCH (p:Person {id: ownerKey})-[r:HOLDS_ROLE]->(o:Organization)
RETURN ownerKey, p.id AS personKey, o.id AS organizationKey, r.title AS title, r.since AS since,
       r.until AS until, r.note AS note, coalesce(r.evidence, []) AS evidenceKeys
ORDER BY ownerKey, title
