// The full text of articles by id, for the per-request article text loader (only when a client
// selects Article.text).
// Params: $keys: [string] (article ids).
// Returns: one row per id found: key, text. Row order is not significant.
UNWIND $keys AS key
MATCH (a:Article {id: key})
RETURN a.id AS key, a.text AS text
