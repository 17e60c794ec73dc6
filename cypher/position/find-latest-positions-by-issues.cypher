// For each (issue, date) key: every stakeholder's answering position on the issue as of that date
// (all dates when asOf is null), by the rule of docs/model.md "Which position answers":
// candidates are the live positions (not retracted, not superseded) whose asOf window ends on or before the date; ordered newest first
// (window end, asOf, explicit before inferred, confidence, id), the first gives the current stance;
// the answer is the first explicit position in the unbroken run of that stance, else the first.
// Params: $keys: [{index: integer, issueKey: string (issue id), asOf: string (YYYY-MM-DD) | null}].
// Returns: index (of the key) plus key, stance, asOf, asOfEarliest, asOfLatest, asOfPrecision,
//   asOfInferred, asOfNote, confidence, inferred, note, holderKey, issueKey, issueSlug,
//   issueDispute, version, origin, createdBy, createdAt, updatedAt, retractedAt,
//   retractReason, supersededByKey, evidenceKeys, counterEvidenceKeys; ordered by index, holderKey.
UNWIND $keys AS k
MATCH (i:Issue {id: k.issueKey})<-[:ON_ISSUE]-(candidate:Position)<-[:HOLDS_POSITION]-(holder:Stakeholder)
WITH k, i, holder, candidate, coalesce(candidate.asOfLatest, candidate.asOf) AS windowEnd
WHERE candidate.retractedAt IS NULL AND candidate.supersededBy IS NULL
  AND (k.asOf IS NULL OR windowEnd <= date(k.asOf))
WITH k, i, holder, candidate
ORDER BY windowEnd DESC, candidate.asOf DESC, coalesce(candidate.inferred, false), candidate.confidence DESC,
         candidate.id
WITH k, i, holder, collect(candidate) AS newestFirst
WITH k, i, holder, newestFirst,
     [n IN range(0, size(newestFirst) - 1) WHERE newestFirst[n].stance <> newestFirst[0].stance] AS changes
WITH k, i, holder, newestFirst[0..coalesce(head(changes), size(newestFirst))] AS run
WITH k, i, holder, coalesce(head([q IN run WHERE NOT coalesce(q.inferred, false)]), run[0]) AS p
RETURN p.id AS key, p.stance AS stance, p.asOf AS asOf, coalesce(p.asOfEarliest, p.asOf) AS asOfEarliest,
       coalesce(p.asOfLatest, p.asOf) AS asOfLatest, p.asOfPrecision AS asOfPrecision,
       coalesce(p.asOfInferred, false) AS asOfInferred, p.asOfNote AS asOfNote, p.confidence AS confidence,
       p.inferred AS inferred, p.note AS note, holder.id AS holderKey, i.id AS issueKey, i.slug AS issueSlug,
       i.dispute AS issueDispute,
       coalesce(p.version, 1) AS version, p.origin AS origin,
       p.createdBy AS createdBy, p.createdAt AS createdAt, p.updatedAt AS updatedAt,
       p.retractedAt AS retractedAt, p.retractReason AS retractReason, p.supersededBy AS supersededByKey,
       [(p)-[:EVIDENCED_BY]->(st) | st.id] AS evidenceKeys,
       [(p)-[:COUNTER_EVIDENCE]->(st) | st.id] AS counterEvidenceKeys, k.index AS index
ORDER BY index, holderKey
