// Every API token, without its hash.
// Params: none.
// Returns: id, name, role, createdAt, revokedAt (null while active); oldest first.
MATCH (t:ApiToken)
RETURN t.id AS id, t.name AS name, t.role AS role, t.createdAt AS createdAt, t.revokedAt AS revokedAt
ORDER BY t.createdAt, t.id
