// Reported figures, optionally of one measure (e.g. "planned-layoffs"); each report separate.
// Params: $measure: string | null; $limit: integer (the first rows in order).
// Returns: key, measure, value, unit, qualifier, asReported, on, onPrecision, onInferred, onNote,
//   articleKey, attributedToKey, issueSlugs, evidenceKeys; ordered by measure, article date, key.
MATCH (f:Figure)-[:REPORTED_IN]->(a:Article)
WHERE $measure IS NULL OR f.measure = $measure
RETURN f.id AS key, f.measure AS measure, f.value AS value, f.unit AS unit, f.qualifier AS qualifier,
       f.asReported AS asReported, f.on AS on, f.onPrecision AS onPrecision,
       coalesce(f.onInferred, false) AS onInferred, f.onNote AS onNote, a.id AS articleKey,
       [(f)-[:ATTRIBUTED_TO]->(s) | s.id][0] AS attributedToKey,
       [(f)-[:CONCERNS]->(i) | i.slug] AS issueSlugs,
       [(f)-[:EVIDENCED_BY]->(s) | s.id] AS evidenceKeys, a.publishedOn AS articleDate
ORDER BY measure, articleDate, key
LIMIT $limit
