// Adds a title a person holds at an organization, with the statements that state it.
// Params: $person, $organization (ids, checked by the caller), $title, $since (YYYY-MM-DD or null),
//   $note, $evidence ([statement id], checked by the caller), $origin ('editor' | 'suggestion'),
//   $actor, $at (ISO 8601).
// Returns: nothing.
MATCH (p:Person {id: $person}), (o:Organization {id: $organization})
CREATE (p)-[r:HOLDS_ROLE]->(o)
SET r.title = $title, r.since = CASE WHEN $since IS NULL THEN null ELSE date($since) END, r.note = $note,
    r.evidence = $evidence, r.origin = $origin, r.version = 1, r.createdBy = $actor, r.createdAt = $at,
    r.updatedAt = $at
