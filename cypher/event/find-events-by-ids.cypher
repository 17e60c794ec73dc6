// Events by id (node refetch and connection paths).
// Params: $keys: [string] (event ids).
// Returns: one row per id found, with the columns of find-events.
UNWIND $keys AS key
MATCH (e:Event {id: key})
RETURN e.id AS key, e.kind AS kind, e.name AS name, e.description AS description, e.on AS on,
       e.onPrecision AS onPrecision, coalesce(e.onInferred, false) AS onInferred, e.onNote AS onNote,
       [(e)-[r:INVOLVES]->(s) | {key: s.id, role: r.role}] AS participants,
       [(e)-[:CONCERNS]->(i) | i.id] AS issueKeys,
       [(e)-[:EVIDENCED_BY]->(s) | s.id] AS evidenceKeys
