// Members of each organization (unions of a coalition, locals of a union, people).
// Params: $keys: [string] (organization ids).
// Returns: ownerKey, memberKey, organizationKey, relation, inferred, note, evidenceKeys,
//   version, origin, createdBy, createdAt, updatedAt (provenance);
//   ordered by ownerKey, memberKey.
UNWIND $keys AS ownerKey
MATCH (m:Stakeholder)-[r:MEMBER_OF]->(o:Organization {id: ownerKey})
RETURN ownerKey, m.id AS memberKey, o.id AS organizationKey, r.relation AS relation,
       coalesce(r.inferred, false) AS inferred, r.note AS note, coalesce(r.evidence, []) AS evidenceKeys,
       coalesce(r.version, 1) AS version, r.origin AS origin, r.createdBy AS createdBy, r.createdAt AS createdAt,
       r.updatedAt AS updatedAt
ORDER BY ownerKey, memberKey
