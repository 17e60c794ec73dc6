// Takes the write lock on the text's :IngestClaim (made on first use; unique on sha256, so
// concurrent MERGEs of one text make one node and queue on it), then finds the article with that
// text. Run inside ingestArticle's transaction: the lock is held until it commits, so the lookup
// and the article it then creates are one step for every other ingest of the same text.
// Params: $sha256 (hex string), $at (ISO 8601 string).
// Returns: one row: key (the article id, the oldest by id when several share the text; null when
//   no article has this text yet).
MERGE (c:IngestClaim {sha256: $sha256})
ON CREATE SET c.createdAt = $at
SET c.claimedAt = $at
WITH c
OPTIONAL MATCH (a:Article {sha256: $sha256})
WITH a.id AS key
ORDER BY key
RETURN key
LIMIT 1
