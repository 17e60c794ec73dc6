// Creates or updates issues, each in its dispute (slugs are unique only within a dispute).
// Params: $rows: [{id ("<dispute>/<slug>"), slug, dispute, name, proposition, description,
//   cues: [string] ("+phrase" support, "-phrase" oppose, bare = topic; src/ingest/cues.ts)}];
// $origin: string, the data set that writes them ("seed", or a test fixture's name).
// Returns: count (integer): rows written.
UNWIND $rows AS row
MATCH (d:Dispute {id: row.dispute})
MERGE (i:Issue {id: row.id})
SET i.origin = $origin, i.slug = row.slug, i.dispute = row.dispute, i.name = row.name,
    i.proposition = row.proposition, i.description = row.description, i.cues = row.cues
WITH i, d
CALL (i) {
  MATCH (i)-[old:IN_DISPUTE]->()
  DELETE old
}
MERGE (i)-[:IN_DISPUTE]->(d)
RETURN count(*) AS count
