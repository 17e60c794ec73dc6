// The article whose text has this SHA-256 (hex of the UTF-8 bytes), so ingesting it again reuses it.
// Params: $sha256 (string).
// Returns: at most one row: key (the article id; the oldest by id when several share the text).
MATCH (a:Article {sha256: $sha256})
RETURN a.id AS key
ORDER BY key
LIMIT 1
