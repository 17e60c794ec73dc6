// One page of articles ordered by publication date then id (keyset pagination).
// Params: $dispute: string | null (a dispute's id: only articles with a statement about one of
//   its issues); $afterSort, $afterId: string | null; $limit: integer.
// Returns: sortKey plus the columns of find-articles-by-ids; ordered by sortKey, key.
MATCH (a:Article)
WHERE $dispute IS NULL OR EXISTS { (a)<-[:IN_ARTICLE]-(:Statement)-[:ABOUT]->(:Issue {dispute: $dispute}) }
WITH a, coalesce(toString(a.publishedOn), '9999-12-31') AS sortKey
WHERE $afterId IS NULL OR sortKey > $afterSort OR (sortKey = $afterSort AND a.id > $afterId)
WITH a, sortKey
ORDER BY sortKey, a.id
LIMIT $limit
RETURN a.id AS key, a.file AS file, a.headline AS headline, a.author AS author,
       coalesce(a.authorInferred, false) AS authorInferred, coalesce(a.outletInferred, false) AS outletInferred,
       a.publishedOn AS publishedOn, a.publishedPrecision AS publishedPrecision,
       coalesce(a.publishedInferred, false) AS publishedInferred, a.publishedNote AS publishedNote,
       [(a)-[:PUBLISHED_BY]->(o) | o.id][0] AS outletKey, sortKey
ORDER BY sortKey, key
