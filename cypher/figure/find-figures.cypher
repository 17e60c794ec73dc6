// Reported figures of every measure, optionally of one dispute (then starting from the dispute);
// each report separate.
// Params: $dispute: string | null (a dispute's id); $limit: integer (the
//   first rows in order).
// Returns: key, measure, value, unit, qualifier, asReported, on, onPrecision, onInferred, onNote,
//   articleKey, attributedToKey, issueKeys, evidenceKeys, articleDate, version, origin, createdBy,
//   createdAt, updatedAt; ordered by measure, article date, key.
MATCH (f:Figure)-[:REPORTED_IN]->(a:Article)
WHERE $dispute IS NULL OR EXISTS { (f)-[:IN_DISPUTE]->(:Dispute {id: $dispute}) }
RETURN f.id AS key, f.measure AS measure, f.value AS value, f.unit AS unit, f.qualifier AS qualifier,
       f.asReported AS asReported, f.on AS on, f.onPrecision AS onPrecision,
       coalesce(f.onInferred, false) AS onInferred, f.onNote AS onNote, a.id AS articleKey,
       [(f)-[:ATTRIBUTED_TO]->(s) | s.id][0] AS attributedToKey,
       [(f)-[:CONCERNS]->(i) | i.id] AS issueKeys,
       [(f)-[:EVIDENCED_BY]->(s) | s.id] AS evidenceKeys, a.publishedOn AS articleDate,
       coalesce(f.version, 1) AS version, f.origin AS origin, f.createdBy AS createdBy,
       f.createdAt AS createdAt, f.updatedAt AS updatedAt
ORDER BY measure, articleDate, key
LIMIT $limit
