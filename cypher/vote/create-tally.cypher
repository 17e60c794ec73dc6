// Adds one source's report of a vote's aggregate result (never merged with other sources') and
// moves the vote to its next version.
// Params: $vote (the vote's id), $id (a fresh tally id), $unionsTotal, $unionsFor, $unionsAgainst,
//   $bargainingUnitsTotal, $bargainingUnitsFor, $bargainingUnitsAgainst (integer or null),
//   $memberShareFor (0–1 or null), $evidence ([statement id], checked by the caller),
//   $version (the vote's next version), $actor, $at (ISO 8601).
// Returns: one row: key (the tally's id).
MATCH (v:Vote {id: $vote})
CREATE (v)-[:REPORTED_TALLY]->(t:Tally {id: $id})
SET t.unionsTotal = $unionsTotal, t.unionsFor = $unionsFor, t.unionsAgainst = $unionsAgainst,
    t.bargainingUnitsTotal = $bargainingUnitsTotal, t.bargainingUnitsFor = $bargainingUnitsFor,
    t.bargainingUnitsAgainst = $bargainingUnitsAgainst, t.memberShareFor = $memberShareFor,
    t.origin = 'editor', t.version = 1, t.createdBy = $actor, t.createdAt = $at, t.updatedAt = $at,
    v.version = $version, v.updatedAt = $at
WITH t
CALL (t) {
  UNWIND $evidence AS statementId
  MATCH (st:Statement {id: statementId})
  CREATE (t)-[:EVIDENCED_BY]->(st)
}
RETURN t.id AS key
