// Locks and reads a person's roles with one title at one organization (open ones first), for
// addRole (no second open role with the same title) and endRole.
// Params: $person, $organization (stakeholder ids), $title.
// Returns: one row per matching role: since, until (YYYY-MM-DD or null), version (1 when unset);
//   open roles first.
MATCH (:Person {id: $person})-[r:HOLDS_ROLE {title: $title}]->(:Organization {id: $organization})
SET r.`_lock` = true
REMOVE r.`_lock`
RETURN toString(r.since) AS since, toString(r.until) AS until, coalesce(r.version, 1) AS version
ORDER BY r.until IS NULL DESC
