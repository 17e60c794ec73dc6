// Reported figures by id (a write's payload).
// Params: $keys: [string] (figure ids).
// Returns: one row per id found, with the columns of find-figures. Row order is not significant.
UNWIND $keys AS key
MATCH (f:Figure {id: key})-[:REPORTED_IN]->(a:Article)
RETURN f.id AS key, f.measure AS measure, f.value AS value, f.unit AS unit, f.qualifier AS qualifier,
       f.asReported AS asReported, f.on AS on, f.onPrecision AS onPrecision,
       coalesce(f.onInferred, false) AS onInferred, f.onNote AS onNote, a.id AS articleKey,
       [(f)-[:ATTRIBUTED_TO]->(s) | s.id][0] AS attributedToKey,
       [(f)-[:CONCERNS]->(i) | i.id] AS issueKeys,
       [(f)-[:EVIDENCED_BY]->(s) | s.id] AS evidenceKeys, a.publishedOn AS articleDate,
       coalesce(f.version, 1) AS version, f.origin AS origin, f.createdBy AS createdBy,
       f.createdAt AS createdAt, f.updatedAt AS updatedAt
