// Writes the next version of an article's metadata (never its text: offsets index into it).
// Params: $key, $headline, $url, $publishedOn (YYYY-MM-DD), $publishedPrecision, $publishedInferred,
//   $publishedNote, $version (the new version), $actor, $at (ISO 8601 string).
// Returns: nothing.
MATCH (a:Article {id: $key})
SET a.headline = $headline, a.url = $url, a.publishedOn = date($publishedOn),
    a.publishedPrecision = $publishedPrecision, a.publishedInferred = $publishedInferred,
    a.publishedNote = $publishedNote, a.version = $version, a.updatedBy = $actor, a.updatedAt = $at
