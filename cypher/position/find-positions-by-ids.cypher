// Positions by id (node refetch), retracted and superseded ones included.
// Params: $keys: [string] (position ids).
// Returns: one row per id found with the position columns of find-latest-positions-by-issues.
UNWIND $keys AS key
MATCH (holder:Stakeholder)-[:HOLDS_POSITION]->(p:Position {id: key})-[:ON_ISSUE]->(i:Issue)
RETURN p.id AS key, p.stance AS stance, p.asOf AS asOf, coalesce(p.asOfEarliest, p.asOf) AS asOfEarliest,
       coalesce(p.asOfLatest, p.asOf) AS asOfLatest, p.asOfPrecision AS asOfPrecision,
       coalesce(p.asOfInferred, false) AS asOfInferred, p.asOfNote AS asOfNote, p.confidence AS confidence,
       p.inferred AS inferred, p.note AS note, holder.id AS holderKey, i.id AS issueKey, i.slug AS issueSlug,
       i.dispute AS issueDispute,
       coalesce(p.version, 1) AS version, p.origin AS origin,
       p.createdBy AS createdBy, p.createdAt AS createdAt, p.updatedAt AS updatedAt,
       p.retractedAt AS retractedAt, p.retractReason AS retractReason, p.supersededBy AS supersededByKey,
       [(p)-[:EVIDENCED_BY]->(st) | st.id] AS evidenceKeys,
       [(p)-[:COUNTER_EVIDENCE]->(st) | st.id] AS counterEvidenceKeys
