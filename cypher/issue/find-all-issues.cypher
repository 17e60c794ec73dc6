// Every issue in dispute.
// Params: $limit: integer (the first rows in order).
// Returns: key (the slug), name, proposition, description; ordered by key.
MATCH (i:Issue)
RETURN i.slug AS key, i.name AS name, i.proposition AS proposition, i.description AS description
ORDER BY key
LIMIT $limit
