// Adds statements to a position's evidence, appends how they were read to its note and bumps its
// version; a statement already cited stays cited once.
// Params: $key (position id), $evidence ([statement id], checked by the caller), $note (how the new
//   evidence was read, or null), $version (the next version), $at (ISO 8601).
// Returns: one row: key, evidenceCount (the position's evidence after the change).
MATCH (p:Position {id: $key})
SET p.version = $version, p.updatedAt = $at,
    p.note = CASE WHEN $note IS NULL THEN p.note ELSE coalesce(p.note + ' ', '') + 'Also: ' + $note END
WITH p
CALL (p) {
  UNWIND $evidence AS statementId
  MATCH (st:Statement {id: statementId})
  MERGE (p)-[:EVIDENCED_BY]->(st)
}
RETURN p.id AS key, COUNT { (p)-[:EVIDENCED_BY]->() } AS evidenceCount
