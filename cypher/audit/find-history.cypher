// The audit entries that changed one node, newest first.
// Params: $key (string: the node's id), $limit (integer).
// Returns: id, at, actor, actorName, role, via, operation, reason, changedIds, diff,
//   reverts (the id of the entry a revertChange undid, or null); ordered by at
//   descending, then id descending.
MATCH (a:AuditEntry)-[:CHANGED]->(n {id: $key})
RETURN a.id AS id, a.at AS at, a.actor AS actor, a.actorName AS actorName, a.role AS role, a.via AS via,
       a.operation AS operation, a.reason AS reason, a.changedIds AS changedIds, a.diff AS diff,
       a.reverts AS reverts
ORDER BY at DESC, id DESC
LIMIT $limit
