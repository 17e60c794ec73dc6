// Removes a node for good (legal removal): its text leaves the graph, and so does every audit
// diff that recorded it; the audit entries themselves stay, marked purged. The caller has checked
// that nothing depends on the node.
// Params: $key (the node's id), $label (from the caller's fixed list), $purgeEntry (the id of the
//   purge's own audit entry, which stays).
// Returns: one row: scrubbed (audit entries whose diff was removed).
MATCH (n:$($label) {id: $key})
CALL (n) {
  OPTIONAL MATCH (a:AuditEntry)-[:CHANGED]->(n)
  WHERE a.id <> $purgeEntry
  SET a.diff = '{"before":null,"after":null,"purged":true}', a.purged = true
  RETURN count(a) AS scrubbed
}
DETACH DELETE n
RETURN scrubbed
