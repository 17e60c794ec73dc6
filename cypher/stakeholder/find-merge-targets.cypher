// Where merged stakeholders went: node(id:) of a merged id answers with the one it was merged into.
// Params: $keys: [string] (ids of merged stakeholders).
// Returns: one row per merged id found: key, targetKey (the live stakeholder at the end of the
//   MERGED_INTO chain). Row order is not significant.
UNWIND $keys AS key
MATCH (:MergedStakeholder {id: key})-[:MERGED_INTO*1..10]->(target:Stakeholder)
RETURN key, target.id AS targetKey
