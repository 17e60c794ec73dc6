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
  // One index seek per label (each has a uniqueness constraint on id); a label disjunction on an
  // unlabelled MATCH would scan every node once per id.
  CALL (changedId) {
    MATCH (n:Stakeholder {id: changedId}) RETURN n
    UNION MATCH (n:Article {id: changedId}) RETURN n
    UNION MATCH (n:Statement {id: changedId}) RETURN n
    UNION MATCH (n:Position {id: changedId}) RETURN n
    UNION MATCH (n:Issue {id: changedId}) RETURN n
    UNION MATCH (n:Vote {id: changedId}) RETURN n
    UNION MATCH (n:Tally {id: changedId}) RETURN n
    UNION MATCH (n:Ballot {id: changedId}) RETURN n
    UNION MATCH (n:Figure {id: changedId}) RETURN n
    UNION MATCH (n:MergedStakeholder {id: changedId}) RETURN n
  }
  MERGE (a)-[:CHANGED]->(n)
}
RETURN a.id AS id, a.at AS at, a.actor AS actor, a.actorName AS actorName, a.role AS role, a.via AS via,
       a.operation AS operation, a.reason AS reason, a.changedIds AS changedIds, a.diff AS diff,
       a.reverts AS reverts
