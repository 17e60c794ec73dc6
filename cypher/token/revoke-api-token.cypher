// Revokes an API token (keeps the node, so list shows when). Revoking twice keeps the first time.
// Params: $id (string), $revokedAt (ISO 8601 string).
// Returns: at most one row (none when no such token): id, name, role, createdAt, revokedAt.
MATCH (t:ApiToken {id: $id})
SET t.revokedAt = coalesce(t.revokedAt, $revokedAt)
RETURN t.id AS id, t.name AS name, t.role AS role, t.createdAt AS createdAt, t.revokedAt AS revokedAt
