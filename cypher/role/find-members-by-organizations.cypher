// Members of each organization (unions of a coalition, locals of a union, people).
// Params: $keys: [string] (organization ids).
// Returns: ownerKey, memberKey, organizationKey, relation, inferred, note, evidenceKeys;
//   ordered by ownerKey, memberKey.
UNWIND $keys AS ownerKey
MATCH (m:Stakeholder)-[r:MEMBER_OF]->(o:Organization {id: ownerKey})
RETURN ownerKey, m.id AS memberKey, o.id AS organizationKey, r.relation AS relation,
       coalesce(r.inferred, false) AS inferred, r.note AS note, coalesce(r.evidence, []) AS evidenceKeys
ORDER BY ownerKey, memberKey
