// Suggestions by id, with the article they belong to.
// Params: $keys ([string]).
// Returns: one row per found suggestion: suggestion (its properties plus articleId, articlePublishedOn (date) and
//   positionIds); in no particular order.
MATCH (s:Suggestion)-[:SUGGESTED_FOR]->(a:Article)
WHERE s.id IN $keys
RETURN s {.*, articleId: a.id, articlePublishedOn: a.publishedOn, positionIds: coalesce(s.positionIds, [])} AS suggestion
