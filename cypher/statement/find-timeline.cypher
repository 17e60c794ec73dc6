// Everything a stakeholder's timeline shows, in one round trip: the checks of its arguments, its
// first $limit statements (said by it or on its behalf, not retracted; on the issue when
// $issueSlug is given) in date order, undated last, then id, and every live position it has held
// (not retracted, not superseded; on the issue when given), oldest first.
// Params: $holderKey: string (stakeholder id); $issueSlug: string | null; $dispute: string | null
//   (a dispute id; also resolves $issueSlug); $limit: integer.
// Returns: one row: holderFound (false: no such stakeholder), disputeKnown (false when $dispute
//   names no dispute), issueKeys (ids of the issues $issueSlug names; the lists are read only
//   when there is exactly one, or no $issueSlug), statements (Statement projections, in order),
//   positions ([{asOf, stance, issueKey, issueSlug, position: the Position projection}], ordered
//   by asOf, issue id, id).
OPTIONAL MATCH (h:Stakeholder {id: $holderKey})
CALL () {
  OPTIONAL MATCH (d:Dispute {id: $dispute})
  RETURN $dispute IS NULL OR d IS NOT NULL AS disputeKnown
}
CALL () {
  OPTIONAL MATCH (i:Issue {slug: $issueSlug})
  WHERE $dispute IS NULL OR i.dispute = $dispute
  RETURN collect(i.id) AS issueKeys
}
WITH h, disputeKnown, issueKeys, CASE WHEN size(issueKeys) = 1 THEN issueKeys[0] END AS issueKey
// Two guarded subqueries rather than one with "issueKey IS NULL OR …": each keeps its own plan
// (the one on an issue can start from either end of the pattern).
CALL (h, issueKey) {
  WITH h, issueKey
  WHERE h IS NOT NULL AND issueKey IS NOT NULL
  MATCH (h)<-[:SAID_BY|ON_BEHALF_OF]-(s:Statement)-[:ABOUT]->(:Issue {id: issueKey})
  WITH DISTINCT s
  WHERE s.retractedAt IS NULL
  WITH s
  ORDER BY coalesce(s.saidOn, date('9999-12-31')), s.id
  LIMIT $limit
  RETURN collect({/*@Statement s*/}) AS onIssue
}
CALL (h) {
  WITH h
  WHERE h IS NOT NULL AND $issueSlug IS NULL
  MATCH (h)<-[:SAID_BY|ON_BEHALF_OF]-(s:Statement)
  WITH DISTINCT s
  WHERE s.retractedAt IS NULL
  WITH s
  ORDER BY coalesce(s.saidOn, date('9999-12-31')), s.id
  LIMIT $limit
  RETURN collect({/*@Statement s*/}) AS all
}
CALL (h, issueKey) {
  WITH h, issueKey
  WHERE h IS NOT NULL AND ($issueSlug IS NULL OR issueKey IS NOT NULL)
  MATCH (h)-[:HOLDS_POSITION]->(p:Position)-[:ON_ISSUE]->(i:Issue)
  WHERE p.retractedAt IS NULL AND p.supersededBy IS NULL AND (issueKey IS NULL OR i.id = issueKey)
  WITH p, i
  ORDER BY p.asOf, i.id, p.id
  RETURN collect({asOf: toString(p.asOf), stance: p.stance, issueKey: i.id, issueSlug: i.slug,
                  position: {/*@Position p*/}}) AS positions
}
RETURN h IS NOT NULL AS holderFound, disputeKnown, issueKeys,
       CASE WHEN $issueSlug IS NULL THEN all ELSE onIssue END AS statements, positions
