// Creates or updates statements (verbatim spans of an article) with their article, speaker,
// principal, issues and mentions. Outgoing relationships are rebuilt from the row.
// Params: $rows: [{id, articleId, text, start, end, paragraph, context, kind, medium, speaker,
//   onBehalfOf, saidOn, saidOnEarliest, saidOnLatest, saidOnPrecision, saidOnInferred, saidOnNote, note, issues, mentions}].
// $origin: string, the data set that writes them ("seed", or a test fixture's name).
// Returns: count (integer): rows written.
UNWIND $rows AS row
MERGE (s:Statement {id: row.id})
SET s.origin = $origin, s.text = row.text, s.start = row.start, s.end = row.end, s.paragraph = row.paragraph,
    s.context = row.context, s.kind = row.kind, s.medium = row.medium,
    s.saidOn = CASE WHEN row.saidOn IS NULL THEN null ELSE date(row.saidOn) END,
    s.saidOnEarliest = CASE WHEN row.saidOnEarliest IS NULL THEN null ELSE date(row.saidOnEarliest) END,
    s.saidOnLatest = CASE WHEN row.saidOnLatest IS NULL THEN null ELSE date(row.saidOnLatest) END,
    s.saidOnPrecision = row.saidOnPrecision, s.saidOnInferred = row.saidOnInferred,
    s.saidOnNote = row.saidOnNote, s.note = row.note
WITH s, row
CALL (s) {
  MATCH (s)-[old:IN_ARTICLE|SAID_BY|ON_BEHALF_OF|ABOUT|MENTIONS]->()
  DELETE old
}
MATCH (a:Article {id: row.articleId})
MERGE (s)-[:IN_ARTICLE]->(a)
WITH s, row
CALL (s, row) {
  MATCH (speaker:Stakeholder {id: row.speaker})
  MERGE (s)-[:SAID_BY]->(speaker)
}
CALL (s, row) {
  MATCH (principal:Organization {id: row.onBehalfOf})
  MERGE (s)-[:ON_BEHALF_OF]->(principal)
}
CALL (s, row) {
  UNWIND row.issues AS issueId
  MATCH (i:Issue {id: issueId})
  MERGE (s)-[:ABOUT]->(i)
}
CALL (s, row) {
  UNWIND row.mentions AS mentionedId
  MATCH (m:Stakeholder {id: mentionedId})
  MERGE (s)-[:MENTIONS]->(m)
}
RETURN count(*) AS count
