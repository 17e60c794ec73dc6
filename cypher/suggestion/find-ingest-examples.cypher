// The reviewed statements the ingestion pipeline learns issues and sides from
// (src/ingest/learned.ts): every statement not retracted, with the issues it is ABOUT (of
// $dispute when given) and, for each, the stance of the positions its speaker or principal holds
// on that issue citing it as evidence (superseded ones too: they show what was said then).
// Params: $dispute (string or null: every dispute), $limit (integer: at most this many statements).
// Returns: one row per statement: text, speaker (the id of the stakeholder it is SAID_BY, null when
//   none), issues ([{slug, stance}] by slug: stance null when no such position cites it, MIXED
//   when they disagree); the first $limit by id (the id index gives that order without sorting
//   every statement).
MATCH (s:Statement)
WHERE s.id IS NOT NULL AND s.retractedAt IS NULL
WITH s
ORDER BY s.id
LIMIT $limit
// The positions citing the statement, read from it (a few), never from an issue (many).
CALL (s) {
  OPTIONAL MATCH (s)<-[:EVIDENCED_BY]-(p:Position)-[:ON_ISSUE]->(on:Issue)
  WHERE p.retractedAt IS NULL
    AND EXISTS { (s)-[:SAID_BY|ON_BEHALF_OF]->(:Stakeholder)-[:HOLDS_POSITION]->(p) }
  RETURN collect(CASE WHEN p IS NOT NULL THEN {issue: on.id, stance: p.stance} END) AS cited
}
CALL (s, cited) {
  OPTIONAL MATCH (s)-[:ABOUT]->(i:Issue)
  WHERE $dispute IS NULL OR i.dispute = $dispute
  WITH i, cited
  WHERE i IS NOT NULL
  WITH i,
       reduce(seen = [], c IN cited |
         CASE WHEN c.issue <> i.id OR c.stance IN seen THEN seen ELSE seen + c.stance END) AS stances
  ORDER BY i.slug
  RETURN collect({
    slug: i.slug,
    stance: CASE size(stances) WHEN 0 THEN null WHEN 1 THEN stances[0] ELSE 'MIXED' END
  }) AS issues
}
CALL (s) {
  OPTIONAL MATCH (s)-[:SAID_BY]->(who:Stakeholder)
  RETURN who.id AS speaker
  ORDER BY speaker
  LIMIT 1
}
RETURN s.text AS text, speaker, issues
ORDER BY s.id
