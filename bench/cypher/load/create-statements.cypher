// Bench: one batch of statements with their article, speaker, principal, issues and mentions.
// Params: $rows: [{id, text, context, start, end, paragraph, kind, medium, saidOn (string|null),
//   article, speaker|null, onBehalfOf|null, issues: [string], mentions: [string]}].
// Returns: one row, count.
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
CREATE (s:Statement {id: row.id, text: row.text, context: row.context, start: row.start, end: row.end,
                     paragraph: row.paragraph, kind: row.kind, medium: row.medium,
                     saidOn: date(row.saidOn), saidOnEarliest: date(row.saidOn), saidOnLatest: date(row.saidOn),
                     saidOnPrecision: CASE WHEN row.saidOn IS NULL THEN null ELSE 'DAY' END,
                     saidOnInferred: false})
CREATE (s)-[:IN_ARTICLE]->(a)
WITH s, row
CALL (s, row) {
  MATCH (sp:Stakeholder {id: row.speaker})
  CREATE (s)-[:SAID_BY]->(sp)
}
CALL (s, row) {
  MATCH (o:Organization {id: row.onBehalfOf})
  CREATE (s)-[:ON_BEHALF_OF]->(o)
}
CALL (s, row) {
  UNWIND row.issues AS issueId
  MATCH (i:Issue {id: issueId})
  CREATE (s)-[:ABOUT]->(i)
}
CALL (s, row) {
  UNWIND row.mentions AS mentionId
  MATCH (m:Stakeholder {id: mentionId})
  CREATE (s)-[:MENTIONS]->(m)
}
RETURN count(*) AS count
