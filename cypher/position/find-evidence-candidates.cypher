// What recordPosition checks of each evidence statement: whether it exists, is about the issue,
// when it was said (its article's date when saidOn is unknown) and whether it was retracted.
// Params: $keys ([statement id]), $issue (issue id).
// Returns: one row per statement found: key, aboutIssue (boolean), saidOn (date or null),
//   articlePublishedOn (date or null), retracted (boolean). Row order is not significant.
UNWIND $keys AS key
MATCH (s:Statement {id: key})
RETURN s.id AS key, EXISTS { (s)-[:ABOUT]->(:Issue {id: $issue}) } AS aboutIssue,
       coalesce(s.saidOnLatest, s.saidOn) AS saidOn,
       [(s)-[:IN_ARTICLE]->(a) | a.publishedOn][0] AS articlePublishedOn,
       s.retractedAt IS NOT NULL AS retracted
