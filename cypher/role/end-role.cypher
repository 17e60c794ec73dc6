// Ends a person's open role: sets its last day and adds the statements that say it ended.
// Params: $person, $organization, $title, $until (YYYY-MM-DD), $evidence ([statement id]),
//   $version (the next version), $actor, $at (ISO 8601).
// Returns: nothing.
MATCH (:Person {id: $person})-[r:HOLDS_ROLE {title: $title}]->(:Organization {id: $organization})
WHERE r.until IS NULL
SET r.until = date($until), r.evidence = coalesce(r.evidence, []) + [id IN $evidence WHERE NOT id IN coalesce(r.evidence, [])],
    r.version = $version, r.updatedBy = $actor, r.updatedAt = $at
