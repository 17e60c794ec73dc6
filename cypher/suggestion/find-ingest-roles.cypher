// Titles held at organizations, for "the governor" → the holder at the article's date.
// Params: none.
// Returns: one row per HOLDS_ROLE: personId, organizationId, title, since (date or null),
//   until (date or null); ordered by personId, organizationId, title.
MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Organization)
RETURN p.id AS personId, o.id AS organizationId, r.title AS title, r.since AS since, r.until AS until
ORDER BY personId, organizationId, title
