// Withdraws a position, restores it, or marks it replaced: the position stays in the graph (node(id)
// and history show it), but a withdrawn or replaced one leaves every list and answer.
// Params: $key (position id), $retractedAt, $retractedBy, $retractReason (all null to restore),
//   $supersededBy (the replacing position's id, or null), $version (the next version), $at (ISO 8601).
// Returns: one row: key.
MATCH (p:Position {id: $key})
SET p.retractedAt = $retractedAt, p.retractedBy = $retractedBy, p.retractReason = $retractReason,
    p.supersededBy = $supersededBy, p.version = $version, p.updatedAt = $at
WITH p
CALL (p) {
  OPTIONAL MATCH (p)-[old:SUPERSEDED_BY]->()
  DELETE old
}
CALL (p) {
  MATCH (next:Position {id: $supersededBy})
  CREATE (p)-[:SUPERSEDED_BY]->(next)
}
RETURN p.id AS key
