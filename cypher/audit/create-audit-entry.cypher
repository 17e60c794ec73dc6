// Records one change, in the transaction that made it, and links it to every node it changed.
// Params: $entry: {id, at (ISO 8601 string), actor, actorName, role, via, operation, reason,
//   changedIds ([string]: ids of the changed nodes), diff (JSON text: {before, after})}.
// Returns: one row: id, at, actor, actorName, role, via, operation, reason, changedIds, diff,
//   reverts (the id of the entry it reverted, or null).
CREATE (a:AuditEntry)
SET a = $entry
WITH a
CALL (a) {
  UNWIND a.changedIds AS changedId
  MATCH (n {id: changedId})
  WHERE n:Stakeholder OR n:Article OR n:Statement OR n:Position OR n:Issue OR n:Vote OR n:Tally OR n:Ballot
     OR n:Figure OR n:MergedStakeholder
  MERGE (a)-[:CHANGED]->(n)
}
RETURN a.id AS id, a.at AS at, a.actor AS actor, a.actorName AS actorName, a.role AS role, a.via AS via,
       a.operation AS operation, a.reason AS reason, a.changedIds AS changedIds, a.diff AS diff,
       a.reverts AS reverts
