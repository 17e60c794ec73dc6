// Titles people hold at each organization.
// Params: $keys: [string] (organization ids).
// Returns: ownerKey, personKey, organizationKey, title, since, until, note, evidenceKeys,
//   version, origin, createdBy, createdAt, updatedAt (provenance);
//   ordered by ownerKey, title, personKey.
UNWIND $keys AS ownerKey
MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Organization {id: ownerKey})
RETURN ownerKey, p.id AS personKey, o.id AS organizationKey, r.title AS title, r.since AS since,
       r.until AS until, r.note AS note, coalesce(r.evidence, []) AS evidenceKeys,
       coalesce(r.version, 1) AS version, r.origin AS origin, r.createdBy AS createdBy, r.createdAt AS createdAt,
       r.updatedAt AS updatedAt
ORDER BY ownerKey, title, personKey
