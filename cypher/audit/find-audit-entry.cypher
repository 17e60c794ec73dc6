// One audit entry by id, for revertChange (run inside its write transaction).
// Params: $id (string).
// Returns: at most one row: id, at, actor, actorName, role, via, operation, reason, changedIds, diff,
//   reverts (the id of the entry it reverted, or null).
MATCH (a:AuditEntry {id: $id})
RETURN a.id AS id, a.at AS at, a.actor AS actor, a.actorName AS actorName, a.role AS role, a.via AS via,
       a.operation AS operation, a.reason AS reason, a.changedIds AS changedIds, a.diff AS diff,
       a.reverts AS reverts
