// Takes the write lock on an article, then reads what a write needs of it (see
// stakeholder/lock-stakeholder.cypher for why the lock comes first).
// Params: $key (string).
// Returns: at most one row: key, text, publishedOn, headline, url, publishedPrecision,
//   publishedInferred, publishedNote, version (1 when the node has none: seeded nodes start at 1).
MATCH (a:Article {id: $key})
SET a.`_lock` = true
REMOVE a.`_lock`
RETURN a.id AS key, a.text AS text, a.publishedOn AS publishedOn, a.headline AS headline, a.url AS url,
       a.publishedPrecision AS publishedPrecision, coalesce(a.publishedInferred, false) AS publishedInferred,
       a.publishedNote AS publishedNote, coalesce(a.version, 1) AS version
