// What stops a purge: for a statement, the live facts that cite it; for an article, its statements;
// for a stakeholder, every relationship except audit links (statements, positions, roles …).
// Params: $key (the node's id), $label (Statement | Article | Person | Organization | Position, from
//   the caller's fixed list).
// Returns: at most one row: found (whether the node exists), dependents ([string], "TYPE other-id").
OPTIONAL MATCH (n:$($label) {id: $key})
RETURN n IS NOT NULL AS found,
       CASE
         WHEN n IS NULL OR $label = 'Position' THEN []
         WHEN $label = 'Statement' THEN COLLECT {
           MATCH (fact)-[:EVIDENCED_BY]->(n)
           WHERE fact.retractedAt IS NULL AND fact.supersededBy IS NULL
           RETURN 'EVIDENCED_BY ' + fact.id
         }
         WHEN $label = 'Article' THEN COLLECT { MATCH (s:Statement)-[:IN_ARTICLE]->(n) RETURN 'IN_ARTICLE ' + s.id }
         ELSE COLLECT {
           MATCH (n)-[r]-(other)
           WHERE NOT other:AuditEntry
           RETURN type(r) + ' ' + coalesce(other.id, elementId(other))
         }
       END AS dependents
