// Bench: one batch of statements with their article (the other links follow, one type each, in
// create-statement-links: plain index lookups plan and run faster than one statement doing all).
// Params: $rows: [{id, text, context, start, end, paragraph, kind, medium, saidOn (string|null),
//   article}].
// Returns: one row, count.
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
CREATE (s:Statement {id: row.id, text: row.text, context: row.context, start: row.start, end: row.end,
                     paragraph: row.paragraph, kind: row.kind, medium: row.medium,
                     saidOn: date(row.saidOn), saidOnEarliest: date(row.saidOn), saidOnLatest: date(row.saidOn),
                     saidOnPrecision: CASE WHEN row.saidOn IS NULL THEN null ELSE 'DAY' END,
                     saidOnInferred: false})
CREATE (s)-[:IN_ARTICLE]->(a)
RETURN count(*) AS count
