// Records how one named unit voted, and moves the vote to its next version.
// Params: $vote (the vote's id), $id ("<vote>-<unit>"), $unit (an organization id, checked by the
//   caller), $outcome (APPROVE | REJECT), $evidence ([statement id], checked by the caller),
//   $version (the vote's next version), $actor, $at (ISO 8601).
// Returns: one row: key (the ballot's id).
MATCH (v:Vote {id: $vote}), (u:Organization {id: $unit})
CREATE (v)-[:HAS_BALLOT]->(b:Ballot {id: $id})-[:CAST_BY]->(u)
SET b.outcome = $outcome, b.origin = 'editor', b.version = 1, b.createdBy = $actor, b.createdAt = $at,
    b.updatedAt = $at, v.version = $version, v.updatedAt = $at
WITH b
CALL (b) {
  UNWIND $evidence AS statementId
  MATCH (st:Statement {id: statementId})
  CREATE (b)-[:EVIDENCED_BY]->(st)
}
RETURN b.id AS key
