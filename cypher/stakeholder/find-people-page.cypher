// One page of people ordered by name then id (keyset pagination).
// Params: $afterName, $afterId: string | null (the last row of the previous page); $limit: integer.
// Returns: up to $limit rows: key, label, name, aliases, kind, party, district, description;
//   ordered by name, key.
MATCH (s:Person)
WHERE $afterId IS NULL OR s.name > $afterName OR (s.name = $afterName AND s.id > $afterId)
RETURN s.id AS key, 'Person' AS label, s.name AS name, coalesce(s.aliases, []) AS aliases, s.kind AS kind,
       s.party AS party, s.district AS district, s.description AS description
ORDER BY name, key
LIMIT $limit
