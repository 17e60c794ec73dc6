// For each (issue, date) key: every stakeholder's latest position on the issue as of that date
// (all dates when asOf is null). Ties on the same date go to the higher confidence, then the id.
// Params: $keys: [{index: integer, issueKey: string (issue id), asOf: string (YYYY-MM-DD) | null}].
// Returns: index (of the key) plus key, stance, asOf, asOfPrecision, asOfInferred, asOfNote,
//   confidence, inferred, note, holderKey, issueKey, issueSlug, evidenceKeys; ordered by index, holderKey.
UNWIND $keys AS k
MATCH (i:Issue {id: k.issueKey})<-[:ON_ISSUE]-(candidate:Position)<-[:HOLDS_POSITION]-(holder:Stakeholder)
WHERE k.asOf IS NULL OR candidate.asOf <= date(k.asOf)
WITH k, i, holder, candidate
ORDER BY candidate.asOf DESC, candidate.confidence DESC, candidate.id
WITH k, i, holder, collect(candidate)[0] AS p
RETURN p.id AS key, p.stance AS stance, p.asOf AS asOf, p.asOfPrecision AS asOfPrecision,
       coalesce(p.asOfInferred, false) AS asOfInferred, p.asOfNote AS asOfNote, p.confidence AS confidence,
       p.inferred AS inferred, p.note AS note, holder.id AS holderKey, i.id AS issueKey, i.slug AS issueSlug,
       [(p)-[:EVIDENCED_BY]->(st) | st.id] AS evidenceKeys, k.index AS index
ORDER BY index, holderKey
