// What a write checks of the statements it cites as evidence: that each exists and is not retracted.
// Params: $keys: [string] (statement ids).
// Returns: one row per id found: key, retracted (boolean), saidOn (YYYY-MM-DD or null: its
//   article's date when saidOn is unknown), articleKey, text. Row order is not significant.
UNWIND $keys AS key
MATCH (s:Statement {id: key})-[:IN_ARTICLE]->(a:Article)
RETURN s.id AS key, s.retractedAt IS NOT NULL AS retracted, toString(coalesce(s.saidOn, a.publishedOn)) AS saidOn,
       a.id AS articleKey, s.text AS text
