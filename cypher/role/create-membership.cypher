// Adds a stakeholder's membership of an organization, with the statements that state it.
// Params: $member, $organization (ids, checked by the caller), $relation, $inferred, $note,
//   $evidence ([statement id], checked by the caller), $actor, $at (ISO 8601).
// Returns: nothing.
MATCH (m:Stakeholder {id: $member}), (o:Organization {id: $organization})
CREATE (m)-[r:MEMBER_OF]->(o)
SET r.relation = $relation, r.inferred = $inferred, r.note = $note, r.evidence = $evidence,
    r.origin = 'editor', r.version = 1, r.createdBy = $actor, r.createdAt = $at, r.updatedAt = $at
