// Every event in date order (undated last).
// Params: $limit: integer
//   (the first rows in order).
// Returns: key, kind, name, description, on, onPrecision, onInferred, onNote,
//   participants ([{key, role}]), issueKeys, evidenceKeys; ordered by on, key.
MATCH (e:Event)
RETURN e.id AS key, e.kind AS kind, e.name AS name, e.description AS description, e.on AS on,
       e.onPrecision AS onPrecision, coalesce(e.onInferred, false) AS onInferred, e.onNote AS onNote,
       [(e)-[r:INVOLVES]->(s) | {key: s.id, role: r.role}] AS participants,
       [(e)-[:CONCERNS]->(i) | i.id] AS issueKeys,
       [(e)-[:EVIDENCED_BY]->(s) | s.id] AS evidenceKeys
ORDER BY coalesce(on, date('9999-12-31')), key
LIMIT $limit
