// The audit entries after $id that changed any node it changed: what a revert of $id would undo
// too. Run after the nodes are locked, so none can be added before the revert commits.
// Params: $id (string).
// Returns: id, operation, at, reverts (id of the entry it reverted, or null) of each later entry;
//   oldest first.
MATCH (a:AuditEntry {id: $id})-[:CHANGED]->()<-[:CHANGED]-(later:AuditEntry)
WHERE later <> a AND later.at >= a.at
RETURN DISTINCT later.id AS id, later.operation AS operation, later.at AS at, later.reverts AS reverts
ORDER BY at, id
