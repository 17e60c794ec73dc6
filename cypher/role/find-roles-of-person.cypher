// The titles one person holds, for the organization a speaker an editor names speaks for.
// Params: $key (string, the person's id; another stakeholder's id gives no rows).
// Returns: organizationKey, title, since (date or null), until (date or null);
//   ordered by organizationKey, title.
MATCH (:Person {id: $key})-[r:HOLDS_ROLE]->(o:Organization)
RETURN o.id AS organizationKey, r.title AS title, r.since AS since, r.until AS until
ORDER BY organizationKey, title
