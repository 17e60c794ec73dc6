// Creates an editor's vote in a dispute, with its rule, the issues it concerns and its evidence.
// Params: $id ("<dispute>/<slug>"), $slug, $dispute (checked: no row when it does not exist),
//   $name, $agreement (an agreement id or null), $closedOn, $closedOnEarliest, $closedOnLatest
//   (YYYY-MM-DD or null), $closedOnPrecision, $closedOnInferred, $closedOnNote, $ruleDescription,
//   $ruleReadings (JSON text), $ruleEvidence ([statement id]), $issues ([issue id]), $evidence
//   ([statement id]), $actor, $at (ISO 8601).
// Returns: at most one row: key.
MATCH (d:Dispute {id: $dispute})
CREATE (v:Vote {id: $id})-[:IN_DISPUTE]->(d)
SET v.slug = $slug, v.dispute = $dispute, v.name = $name,
    v.closedOn = CASE WHEN $closedOn IS NULL THEN null ELSE date($closedOn) END,
    v.closedOnEarliest = CASE WHEN $closedOnEarliest IS NULL THEN null ELSE date($closedOnEarliest) END,
    v.closedOnLatest = CASE WHEN $closedOnLatest IS NULL THEN null ELSE date($closedOnLatest) END,
    v.closedOnPrecision = $closedOnPrecision, v.closedOnInferred = $closedOnInferred,
    v.closedOnNote = $closedOnNote, v.ruleDescription = $ruleDescription, v.ruleReadings = $ruleReadings,
    v.ruleEvidence = $ruleEvidence, v.origin = 'editor', v.version = 1, v.createdBy = $actor,
    v.createdAt = $at, v.updatedAt = $at
WITH v
CALL (v) {
  MATCH (a:Agreement {id: $agreement})
  CREATE (v)-[:ON_AGREEMENT]->(a)
}
CALL (v) {
  UNWIND $issues AS issueId
  MATCH (i:Issue {id: issueId})
  CREATE (v)-[:CONCERNS]->(i)
}
CALL (v) {
  UNWIND $evidence AS statementId
  MATCH (st:Statement {id: statementId})
  CREATE (v)-[:EVIDENCED_BY]->(st)
}
RETURN v.id AS key
