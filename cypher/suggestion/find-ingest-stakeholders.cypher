// What the ingestion pipeline links names against: every stakeholder with its name and aliases.
// Params: none.
// Returns: one row per stakeholder: id, name, aliases ([string]), type ("PERSON" or "ORGANIZATION"),
//   kind (an organization's kind, e.g. NEWS_OUTLET; null for a person or when unset); ordered by id.
MATCH (s:Stakeholder)
RETURN s.id AS id, s.name AS name, coalesce(s.aliases, []) AS aliases,
       CASE WHEN s:Person THEN 'PERSON' ELSE 'ORGANIZATION' END AS type,
       CASE WHEN s:Person THEN null ELSE s.kind END AS kind
ORDER BY id
