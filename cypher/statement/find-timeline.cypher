// Everything a stakeholder's timeline shows, in one round trip: the checks of its arguments, its
// first $limit statements (said by it or on its behalf, not retracted; on the issue when
// $issueSlug is given) in date order, undated last, then id, and every live position it has held
// (not retracted, not superseded; on the issue when given), oldest first.
// Params: $holderKey: string (stakeholder id); $issueSlug: string | null; $dispute: string | null
//   (a dispute id; also resolves $issueSlug); $limit, $walkAbove: integer.
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
// The statements: a stakeholder of few statements (its SAID_BY/ON_BEHALF_OF degree, from the
// degree store, up to $walkAbove) has them sorted; one of many walks the statement_said_on index
// in order and keeps its own (on the issue) until $limit, then undated ones by id if needed.
CALL (h, issueKey) {
  WITH h, issueKey, COUNT { (h)<-[:SAID_BY]-() } + COUNT { (h)<-[:ON_BEHALF_OF]-() } AS degree
  WHERE h IS NOT NULL AND ($issueSlug IS NULL OR issueKey IS NOT NULL)
  CALL (h, issueKey, degree) {
    WITH h, issueKey
    WHERE degree <= $walkAbove
    MATCH (h)<-[:SAID_BY|ON_BEHALF_OF]-(s:Statement)
    WITH DISTINCT issueKey, s
    WHERE s.retractedAt IS NULL AND (issueKey IS NULL OR EXISTS { (s)-[:ABOUT]->(:Issue {id: issueKey}) })
    WITH s
    ORDER BY coalesce(s.saidOn, date('9999-12-31')), s.id
    LIMIT $limit
    RETURN s
    UNION ALL
    WITH h, issueKey
    WHERE degree > $walkAbove
    CALL (h, issueKey) {
      MATCH (d:Statement)
      WHERE d.saidOn >= date('0001-01-01') AND EXISTS { (d)-[:SAID_BY|ON_BEHALF_OF]->(h) }
        AND d.retractedAt IS NULL AND (issueKey IS NULL OR EXISTS { (d)-[:ABOUT]->(:Issue {id: issueKey}) })
      WITH d
      ORDER BY d.saidOn, d.id
      LIMIT $limit
      RETURN collect(d) AS dated
    }
    CALL (h, issueKey, dated) {
      UNWIND CASE WHEN size(dated) < $limit THEN [''] ELSE [] END AS undatedAfter
      MATCH (u:Statement)
      WHERE u.id > undatedAfter AND u.saidOn IS NULL AND EXISTS { (u)-[:SAID_BY|ON_BEHALF_OF]->(h) }
        AND u.retractedAt IS NULL AND (issueKey IS NULL OR EXISTS { (u)-[:ABOUT]->(:Issue {id: issueKey}) })
      WITH u
      ORDER BY u.id
      LIMIT $limit
      RETURN collect(u) AS undated
    }
    UNWIND dated + undated AS s
    RETURN s
  }
  WITH s
  ORDER BY coalesce(s.saidOn, date('9999-12-31')), s.id
  LIMIT $limit
  RETURN collect({/*@Statement s*/}) AS statements
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
RETURN h IS NOT NULL AS holderFound, disputeKnown, issueKeys, statements, positions
