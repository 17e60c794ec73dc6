// Takes the write lock on the outlet name's :OutletClaim (made on first use; unique on name, so
// concurrent MERGEs of one name make one node and queue on it), then looks the outlet up among the
// organizations as they are now, not as the ingest read them before its transaction. Run inside
// ingestArticle's transaction: the lock is held until it commits, so the lookup and the
// organization it then creates are one step for every other ingest naming the same outlet.
// Params: $name (the outlet name trimmed and lower-cased), $outlet (the name as given, trimmed: it
//   may be an organization id), $at (ISO 8601 string).
// Returns: one row: key (the id of the organization with that id, or that name or alias in any
//   case, the least id when several match; null when none does).
MERGE (c:OutletClaim {name: $name})
ON CREATE SET c.createdAt = $at
SET c.claimedAt = $at
WITH c
OPTIONAL MATCH (o:Organization)
WHERE o.id = $outlet OR toLower(o.name) = $name
   OR any(alias IN coalesce(o.aliases, []) WHERE toLower(alias) = $name)
WITH o.id AS key
ORDER BY key
RETURN key
LIMIT 1
