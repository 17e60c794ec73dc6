// One page of organizations, optionally of one kind, ordered by name then id (keyset pagination).
// Params: $kind: string | null; $afterName, $afterId: string | null; $limit: integer.
// Returns: up to $limit rows: key, label, name, aliases, kind, party, district, description;
//   ordered by name, key.
MATCH (s:Organization)
WHERE ($kind IS NULL OR s.kind = $kind)
  AND ($afterId IS NULL OR s.name > $afterName OR (s.name = $afterName AND s.id > $afterId))
RETURN s.id AS key, 'Organization' AS label, s.name AS name, coalesce(s.aliases, []) AS aliases,
       s.kind AS kind, s.party AS party, s.district AS district, s.description AS description
ORDER BY name, key
LIMIT $limit
