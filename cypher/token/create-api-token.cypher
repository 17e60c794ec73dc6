// Stores a new API token by its hash; the token itself is never stored.
// Params: $id (string), $name (string), $role ("reader" | "editor" | "admin"), $hash (hex SHA-256),
//   $createdAt (ISO 8601 string).
// Returns: one row: id, name, role, createdAt, revokedAt (null).
CREATE (t:ApiToken {id: $id, name: $name, role: $role, hash: $hash, createdAt: $createdAt})
RETURN t.id AS id, t.name AS name, t.role AS role, t.createdAt AS createdAt, t.revokedAt AS revokedAt
