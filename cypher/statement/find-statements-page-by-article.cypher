// One page of statements whose filters include an article, in date order (keyset pagination on the
// sort key, undated statements last, then id). Starts from the article ($articleKey, required),
// so that it reads only that anchor's statements, never every Statement; the other filters
// (null when not given) are checked on those.
// Chosen by findStatementsPage (anchor order: article, issue, speaker, dispute, stance).
// Params: $speakerKey, $issueSlug (an issue slug, resolved in $dispute when given), $dispute (dispute id), $stance, $articleKey: string
//   | null; $from, $to: string (YYYY-MM-DD) | null, kept when the statement's date window
//   overlaps them; $afterSort, $afterId: string | null; $limit: integer.
//   $stance keeps statements cited as evidence of a position with that stance (on the issue
//   when given). $dispute keeps statements about an issue of that dispute.
// Returns: one row: disputeKnown (false when $dispute names no dispute), issueKeys (the ids of
//   the issues $issueSlug names: the page is read only when there is exactly one; [] without
//   $issueSlug), page: [{sortKey, statement}] (the Statement projection of the client's selection),
//   ordered by sortKey, then id.
CALL () {
  OPTIONAL MATCH (d:Dispute {id: $dispute})
  RETURN $dispute IS NULL OR d IS NOT NULL AS disputeKnown
}
CALL () {
  OPTIONAL MATCH (i:Issue {slug: $issueSlug})
  WHERE $dispute IS NULL OR i.dispute = $dispute
  RETURN collect(i.id) AS issueKeys
}
WITH disputeKnown, issueKeys, CASE WHEN size(issueKeys) = 1 THEN issueKeys[0] END AS issueKey
CALL (issueKey) {
  MATCH (:Article {id: $articleKey})<-[:IN_ARTICLE]-(s:Statement)
  WITH s
  WHERE s.retractedAt IS NULL
    AND ($speakerKey IS NULL OR EXISTS { (s)-[:SAID_BY|ON_BEHALF_OF]->(:Stakeholder {id: $speakerKey}) })
    AND (issueKey IS NULL OR EXISTS { (s)-[:ABOUT]->(:Issue {id: issueKey}) })
    AND ($dispute IS NULL OR EXISTS { (s)-[:ABOUT]->(:Issue {dispute: $dispute}) })
    AND ($stance IS NULL OR EXISTS {
          MATCH (s)<-[:EVIDENCED_BY]-(p:Position {stance: $stance})
          WHERE p.retractedAt IS NULL AND p.supersededBy IS NULL
            AND (issueKey IS NULL OR EXISTS { (p)-[:ON_ISSUE]->(:Issue {id: issueKey}) })
        })
    AND ($from IS NULL OR coalesce(s.saidOnLatest, s.saidOn) >= date($from))
    AND ($to IS NULL OR coalesce(s.saidOnEarliest, s.saidOn) <= date($to))
  WITH s, coalesce(toString(s.saidOn), '9999-12-31') AS sortKey
  WHERE $afterId IS NULL OR sortKey > $afterSort OR (sortKey = $afterSort AND s.id > $afterId)
  WITH s, sortKey
  ORDER BY sortKey, s.id
  LIMIT $limit
  RETURN collect({sortKey: sortKey, statement: {/*@Statement s*/}}) AS page
}
RETURN disputeKnown, issueKeys, page
