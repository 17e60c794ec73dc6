// The suggestions acceptAll takes: PROPOSED ones of an article at or above a confidence.
// Params: $articleId (string), $minConfidence (float).
// Returns: one row per suggestion: key; in text order (start, then id).
MATCH (s:Suggestion {status: 'PROPOSED'})-[:SUGGESTED_FOR]->(:Article {id: $articleId})
WHERE s.confidence >= $minConfidence
RETURN s.id AS key
ORDER BY s.start, s.id
