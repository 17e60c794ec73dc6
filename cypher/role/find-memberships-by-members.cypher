// Organizations each stakeholder belongs to.
// Params: $keys: [string] (stakeholder ids).
// Returns: ownerKey, memberKey, organizationKey, relation, inferred, note, evidenceKeys,
//   version, origin, createdBy, createdAt, updatedAt (provenance);
//   ordered by ownerKey, organizationKey.
UNWIND $keys AS ownerKey
MATCH (m:Stakeholder {id: ownerKey})-[r:MEMBER_OF]->(o:Organization)
RETURN ownerKey, m.id AS memberKey, o.id AS organizationKey, r.relation AS relation,
       coalesce(r.inferred, false) AS inferred, r.note AS note, coalesce(r.evidence, []) AS evidenceKeys,
       coalesce(r.version, 1) AS version, r.origin AS origin, r.createdBy AS createdBy, r.createdAt AS createdAt,
       r.updatedAt AS updatedAt
ORDER BY ownerKey, organizationKey
