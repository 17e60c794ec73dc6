// Merges one stakeholder into another: every relationship of $merge (except audit links and those
// between the two) moves to $keep, a duplicate of one $keep already has (same type, same other
// end, same direction) is folded into it (evidence lists united), and $merge stays as a
// :MergedStakeholder tombstone pointing at $keep (MERGED_INTO), so its id still resolves.
// Relationship types are copied from the graph's own (dynamic types), never from user input.
// Params: $keep, $merge (stakeholder ids, locked and checked by the caller), $aliases (the kept
//   stakeholder's aliases after the merge), $aliasesText (joined by " | "), $version (its next
//   version), $actor, $at (ISO 8601).
// Returns: one row: moved (relationships moved or folded).
MATCH (k:Stakeholder {id: $keep}), (m:Stakeholder {id: $merge})
CALL (k, m) {
  MATCH (m)-[between]-(k)
  DELETE between
}
CALL (k, m) {
  MATCH (m)-[r]->(o)
  WITH k, r, o, type(r) AS t, properties(r) AS props
  OPTIONAL MATCH (k)-[dup]->(o)
  WHERE type(dup) = t
  WITH k, r, o, t, props, head(collect(dup)) AS dup
  CALL (k, o, t, props, dup) {
    WITH * WHERE dup IS NULL
    CREATE (k)-[copy:$(t)]->(o)
    SET copy = props
  }
  CALL (dup, props) {
    WITH * WHERE dup IS NOT NULL AND props.evidence IS NOT NULL
    SET dup.evidence = coalesce(dup.evidence, []) + [e IN props.evidence WHERE NOT e IN coalesce(dup.evidence, [])]
  }
  DELETE r
  RETURN count(*) AS outgoing
}
CALL (k, m) {
  MATCH (o)-[r]->(m)
  WHERE NOT o:AuditEntry
  WITH k, r, o, type(r) AS t, properties(r) AS props
  OPTIONAL MATCH (o)-[dup]->(k)
  WHERE type(dup) = t
  WITH k, r, o, t, props, head(collect(dup)) AS dup
  CALL (k, o, t, props, dup) {
    WITH * WHERE dup IS NULL
    CREATE (o)-[copy:$(t)]->(k)
    SET copy = props
  }
  CALL (dup, props) {
    WITH * WHERE dup IS NOT NULL AND props.evidence IS NOT NULL
    SET dup.evidence = coalesce(dup.evidence, []) + [e IN props.evidence WHERE NOT e IN coalesce(dup.evidence, [])]
  }
  DELETE r
  RETURN count(*) AS incoming
}
SET k.aliases = $aliases, k.aliasesText = $aliasesText,
    k.version = $version, k.updatedAt = $at,
    m.mergedInto = $keep, m.mergedAt = $at, m.mergedBy = $actor
REMOVE m:Stakeholder:Person:Organization
SET m:MergedStakeholder
CREATE (m)-[:MERGED_INTO]->(k)
RETURN outgoing + incoming AS moved
