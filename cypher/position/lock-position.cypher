// Takes the write lock on a position, then reads what supersedePosition and revertChange check.
// Params: $key (position id).
// Returns: at most one row: key, version (1 when unset: curated), holderKey, issueKey, stance,
//   retractedAt, supersededBy (null or the id of the position that replaced it).
MATCH (holder:Stakeholder)-[:HOLDS_POSITION]->(p:Position {id: $key})-[:ON_ISSUE]->(i:Issue)
SET p.`_lock` = true
REMOVE p.`_lock`
RETURN p.id AS key, coalesce(p.version, 1) AS version, holder.id AS holderKey, i.id AS issueKey,
       p.stance AS stance, p.retractedAt AS retractedAt, p.supersededBy AS supersededBy
