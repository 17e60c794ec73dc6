// Waits until every index is online, so full-text queries right after start-up see all data.
// Params: $timeoutSeconds (integer).
// Returns: no rows.
CALL db.awaitIndexes($timeoutSeconds)
