// Records a reviewer's decision on a suggestion, and links what accepting it wrote.
// Params: $key (string), $status ("ACCEPTED" or "REJECTED"), $actor (actor id), $at (ISO 8601),
//   $reason (string), $statementId (string or null), $createdStakeholderId (string or null),
//   $positionIds ([string]).
// Returns: one row: key.
MATCH (s:Suggestion {id: $key})
SET s.status = $status, s.reviewedBy = $actor, s.reviewedAt = $at, s.reviewReason = $reason,
    s.statementId = $statementId, s.createdStakeholderId = $createdStakeholderId,
    s.positionIds = $positionIds
WITH s
CALL (s) {
  MATCH (st:Statement {id: $statementId})
  MERGE (s)-[:ACCEPTED_AS]->(st)
}
RETURN s.id AS key
