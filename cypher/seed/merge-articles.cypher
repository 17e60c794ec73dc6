// Creates or updates articles with their full text and links each to its outlet.
// Params: $rows: [{id, file, sha256, text, outlet, outletInferred, headline, author,
//   authorInferred, publishedOn (YYYY-MM-DD), publishedPrecision, publishedInferred, publishedNote}].
// $origin: string, the data set that writes them ("seed", or a test fixture's name).
// Returns: count (integer): rows written.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.origin = $origin, a.file = row.file, a.sha256 = row.sha256, a.text = row.text, a.headline = row.headline,
    a.author = row.author, a.authorInferred = row.authorInferred, a.outletInferred = row.outletInferred,
    a.publishedOn = date(row.publishedOn), a.publishedPrecision = row.publishedPrecision,
    a.publishedInferred = row.publishedInferred, a.publishedNote = row.publishedNote
WITH a, row
CALL (a) {
  MATCH (a)-[old:PUBLISHED_BY]->()
  DELETE old
}
MATCH (outlet:Organization {id: row.outlet})
MERGE (a)-[:PUBLISHED_BY]->(outlet)
RETURN count(*) AS count
