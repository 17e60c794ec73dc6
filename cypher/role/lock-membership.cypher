// Locks and reads a stakeholder's membership of an organization, for addMembership (no duplicate).
// Params: $member, $organization (stakeholder ids).
// Returns: at most one row per membership: relation, version (1 when unset).
MATCH (:Stakeholder {id: $member})-[r:MEMBER_OF]->(:Organization {id: $organization})
SET r.`_lock` = true
REMOVE r.`_lock`
RETURN r.relation AS relation, coalesce(r.version, 1) AS version
