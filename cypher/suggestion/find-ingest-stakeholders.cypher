// What the ingestion pipeline links names against: every stakeholder with its name and aliases.
// Params: none.
// Returns: one row per stakeholder: id, name, aliases ([string]), type ("PERSON" or "ORGANIZATION");
//   ordered by id.
MATCH (s:Stakeholder)
RETURN s.id AS id, s.name AS name, coalesce(s.aliases, []) AS aliases,
       CASE WHEN s:Person THEN 'PERSON' ELSE 'ORGANIZATION' END AS type
ORDER BY id
