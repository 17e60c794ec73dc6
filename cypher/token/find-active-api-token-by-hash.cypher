// The API token with this hash, unless revoked; asked on every authenticated request.
// Params: $hash (hex SHA-256 of the presented token).
// Returns: at most one row: id, name, role.
MATCH (t:ApiToken {hash: $hash})
WHERE t.revokedAt IS NULL
RETURN t.id AS id, t.name AS name, t.role AS role
