// The review queue of one article: its suggestions in text order (start, then id), filtered.
// Params: $articleId (string), $status (string or null), $minConfidence (float), $withStances
//   (boolean or null: only those with / without a proposed stance, "[]" being none),
//   $afterSort (zero-padded start as string, or null), $afterId (string or null), $limit (integer).
// Returns: up to $limit rows, each the suggestion's properties (see create-suggestions.cypher) plus
//   articleId, articlePublishedOn (date), status, reviewedBy, reviewedAt, reviewReason, statementId, createdStakeholderId,
//   positionIds, createdBy, createdAt and sortKey; ordered by sortKey, id.
MATCH (s:Suggestion)-[:SUGGESTED_FOR]->(a:Article {id: $articleId})
WHERE ($status IS NULL OR s.status = $status) AND s.confidence >= $minConfidence
  AND ($withStances IS NULL OR (s.issues <> '[]') = $withStances)
WITH s, a, right('0000000000' + toString(s.start), 10) AS sortKey
WHERE $afterSort IS NULL OR sortKey > $afterSort OR (sortKey = $afterSort AND s.id > $afterId)
RETURN s {.*, articleId: a.id, articlePublishedOn: a.publishedOn, positionIds: coalesce(s.positionIds, [])} AS suggestion, sortKey
ORDER BY sortKey, s.id
LIMIT $limit
