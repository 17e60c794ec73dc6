// The article's PROPOSED suggestions that a new run of the pipeline no longer proposes.
// Params: $articleId (string), $ids ([suggestion id]: what the new run proposes).
// Returns: one row per suggestion: key; in text order (start, then id).
MATCH (s:Suggestion {status: 'PROPOSED'})-[:SUGGESTED_FOR]->(:Article {id: $articleId})
WHERE NOT s.id IN $ids
RETURN s.id AS key
ORDER BY s.start, s.id
