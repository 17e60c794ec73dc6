// The live (not retracted) statement of an article at exactly a span, so a write does not record
// the same words twice; run under the article's lock.
// Params: $articleId (string), $start, $end (UTF-16 offsets).
// Returns: at most one row: key (the statement's id; the smallest when, against this rule, several).
MATCH (s:Statement)-[:IN_ARTICLE]->(:Article {id: $articleId})
WHERE s.start = $start AND s.end = $end AND s.retractedAt IS NULL
RETURN s.id AS key
ORDER BY key
LIMIT 1
