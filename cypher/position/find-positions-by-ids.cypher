// Positions by id (node refetch).
// Params: $keys: [string] (position ids).
// Returns: one row per id found with the position columns of find-latest-positions-by-issues.
UNWIND $keys AS key
MATCH (holder:Stakeholder)-[:HOLDS_POSITION]->(p:Position {id: key})-[:ON_ISSUE]->(i:Issue)
RETURN p.id AS key, p.stance AS stance, p.asOf AS asOf, coalesce(p.asOfEarliest, p.asOf) AS asOfEarliest,
       coalesce(p.asOfLatest, p.asOf) AS asOfLatest, p.asOfPrecision AS asOfPrecision,
       coalesce(p.asOfInferred, false) AS asOfInferred, p.asOfNote AS asOfNote, p.confidence AS confidence,
       p.inferred AS inferred, p.note AS note, holder.id AS holderKey, i.id AS issueKey, i.slug AS issueSlug,
       i.dispute AS issueDispute,
       [(p)-[:EVIDENCED_BY]->(st) | st.id] AS evidenceKeys,
       [(p)-[:COUNTER_EVIDENCE]->(st) | st.id] AS counterEvidenceKeys
