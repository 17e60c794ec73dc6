// Adds statements to a position's evidence and bumps its version; a statement already cited stays
// cited once.
// Params: $key (position id), $evidence ([statement id], checked by the caller), $version (the next
//   version), $at (ISO 8601).
// Returns: one row: key, evidenceCount (the position's evidence after the change).
MATCH (p:Position {id: $key})
SET p.version = $version, p.updatedAt = $at
WITH p
CALL (p) {
  UNWIND $evidence AS statementId
  MATCH (st:Statement {id: statementId})
  MERGE (p)-[:EVIDENCED_BY]->(st)
}
RETURN p.id AS key, COUNT { (p)-[:EVIDENCED_BY]->() } AS evidenceCount
