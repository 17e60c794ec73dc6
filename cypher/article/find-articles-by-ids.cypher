// Articles by id, for the per-request article loader; not their text (tens of kB each, read by
// find-article-texts-by-ids only when a client asks for it).
// Params: $keys: [string] (article ids).
// Returns: one row per id found: key, file, headline, author, authorInferred, outletInferred,
//   publishedOn, publishedPrecision, publishedInferred, publishedNote, outletKey, url,
//   version (1 when unset), origin, createdBy, createdAt, updatedAt (null on curated articles).
UNWIND $keys AS key
MATCH (a:Article {id: key})
RETURN a.id AS key, a.file AS file, a.headline AS headline, a.author AS author,
       coalesce(a.authorInferred, false) AS authorInferred, coalesce(a.outletInferred, false) AS outletInferred,
       a.publishedOn AS publishedOn, a.publishedPrecision AS publishedPrecision,
       coalesce(a.publishedInferred, false) AS publishedInferred, a.publishedNote AS publishedNote,
       [(a)-[:PUBLISHED_BY]->(o) | o.id][0] AS outletKey, a.url AS url,
       coalesce(a.version, 1) AS version, a.origin AS origin, a.createdBy AS createdBy, a.createdAt AS createdAt,
       a.updatedAt AS updatedAt
