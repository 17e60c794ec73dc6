// One page of the audit log, newest first, optionally filtered.
// Params: $actor (string or null), $operation (string or null), $since (ISO 8601 string or null:
//   entries at or after it), $afterAt/$afterId (the last row of the previous page, or null),
//   $limit (integer).
// Returns: id, at, actor, actorName, role, via, operation, reason, changedIds, diff,
//   reverts (the id of the entry a revertChange undid, or null); ordered by at
//   descending, then id descending (the keyset the cursor carries).
MATCH (a:AuditEntry)
WHERE ($actor IS NULL OR a.actor = $actor)
  AND ($operation IS NULL OR a.operation = $operation)
  AND ($since IS NULL OR a.at >= $since)
  AND ($afterAt IS NULL OR a.at < $afterAt OR (a.at = $afterAt AND a.id < $afterId))
RETURN a.id AS id, a.at AS at, a.actor AS actor, a.actorName AS actorName, a.role AS role, a.via AS via,
       a.operation AS operation, a.reason AS reason, a.changedIds AS changedIds, a.diff AS diff,
       a.reverts AS reverts
ORDER BY at DESC, id DESC
LIMIT $limit
