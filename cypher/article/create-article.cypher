// Creates an article written by an editor, published by $outlet. The id is $slug, or $slug-$suffix
// when that is taken (the id constraint still guards against a race between two creators).
// Params: $slug, $suffix, $text, $sha256, $outlet (organization id), $url, $headline,
//   $publishedOn (YYYY-MM-DD), $publishedPrecision, $publishedInferred, $publishedNote,
//   $actor (actor id), $at (ISO 8601 string).
// Returns: one row: key (the new id).
OPTIONAL MATCH (taken:Article {id: $slug})
WITH CASE WHEN taken IS NULL THEN $slug ELSE $slug + '-' + $suffix END AS id
MATCH (outlet:Organization {id: $outlet})
CREATE (a:Article {id: id})
SET a.text = $text, a.sha256 = $sha256, a.url = $url, a.headline = $headline,
    a.publishedOn = date($publishedOn), a.publishedPrecision = $publishedPrecision,
    a.publishedInferred = $publishedInferred, a.publishedNote = $publishedNote,
    a.authorInferred = false, a.outletInferred = false, a.origin = 'editor', a.version = 1,
    a.createdBy = $actor, a.createdAt = $at, a.updatedAt = $at
CREATE (a)-[:PUBLISHED_BY]->(outlet)
RETURN a.id AS key
