// One page of statements whose filters include a speaker (said by it or on its behalf), in date
// order (keyset pagination on the sort key, undated statements last, then id). Two plans, chosen
// in the query by how many statements the speaker has (its SAID_BY/ON_BEHALF_OF degree, read
// from the degree store): up to $walkAbove, start from the speaker and sort its statements; above
// it, walk the statement_said_on index in order and keep the speaker's until the page is full.
// Chosen by findStatementsPage (anchor order: article, issue, speaker, dispute, stance).
// Params: $speakerKey: string; $issueSlug (resolved in $dispute when given), $dispute (dispute
//   id), $stance, $articleKey: string | null; $from, $to: string (YYYY-MM-DD) | null, kept when
//   the statement's date window overlaps them; $afterSort, $afterId: string | null (the cursor);
//   $walkFromDate, $walkFromId, $walkUndatedAfterId: the same cursor in the index's terms (see
//   resumeFrom in statement.repository.ts); $limit, $walkAbove: integer.
//   $stance keeps statements cited as evidence of a position with that stance (on the issue when
//   given). $dispute keeps statements about an issue of that dispute.
// Returns: one row: disputeKnown (false when $dispute names no dispute), issueKeys (the ids of
//   the issues $issueSlug names: the page is read only when there is exactly one, or no
//   $issueSlug), page: [{sortKey, statement}] (the Statement projection of the client's
//   selection), ordered by sortKey, then id.
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
OPTIONAL MATCH (anchor:Stakeholder {id: $speakerKey})
WITH disputeKnown, issueKeys, issueKey, anchor,
     COUNT { (anchor)<-[:SAID_BY]-() } + COUNT { (anchor)<-[:ON_BEHALF_OF]-() } AS degree
// An issue slug that names no single issue reads no page (the caller answers with an error).
WITH disputeKnown, issueKeys, issueKey, CASE WHEN $issueSlug IS NULL OR issueKey IS NOT NULL THEN anchor END AS anchor,
     degree
// Each plan filters, orders and cuts on its own (a LIMIT does not reach into a UNION), so the
// filters are written out three times (s, d, u); keep them the same.
CALL (anchor, degree, issueKey) {
  CALL (anchor, degree, issueKey) {
    // A speaker of few statements: its statements, sorted.
    WITH anchor
    WHERE anchor IS NOT NULL AND degree <= $walkAbove
    MATCH (anchor)<-[:SAID_BY|ON_BEHALF_OF]-(s:Statement)
    WITH DISTINCT anchor, s
    WITH anchor, s, coalesce(toString(s.saidOn), '9999-12-31') AS sortKey
    WHERE ($afterId IS NULL OR sortKey > $afterSort OR (sortKey = $afterSort AND s.id > $afterId))
    AND s.retractedAt IS NULL
    AND (issueKey IS NULL OR EXISTS { (s)-[:ABOUT]->(:Issue {id: issueKey}) })
    AND ($dispute IS NULL OR EXISTS { (s)-[:ABOUT]->(:Issue {dispute: $dispute}) })
    AND ($articleKey IS NULL OR EXISTS { (s)-[:IN_ARTICLE]->(:Article {id: $articleKey}) })
    AND ($stance IS NULL OR EXISTS {
          MATCH (s)<-[:EVIDENCED_BY]-(p:Position {stance: $stance})
          WHERE p.retractedAt IS NULL AND p.supersededBy IS NULL
            AND (issueKey IS NULL OR EXISTS { (p)-[:ON_ISSUE]->(:Issue {id: issueKey}) })
        })
    AND ($from IS NULL OR coalesce(s.saidOnLatest, s.saidOn) >= date($from))
    AND ($to IS NULL OR coalesce(s.saidOnEarliest, s.saidOn) <= date($to))
    WITH s, sortKey
    ORDER BY sortKey, s.id
    LIMIT $limit
    RETURN s, sortKey
    UNION ALL
    // A speaker of many statements: the saidOn index in order (the keyset test is a CASE, not an OR, so the
    // planner keeps the index order), the speaker checked on each; undated statements by id, read
    // only when the dated ones did not fill the page (as in find-statements-page).
    WITH anchor
    WHERE anchor IS NOT NULL AND degree > $walkAbove
    CALL (anchor, issueKey) {
      MATCH (d:Statement)
      WHERE d.saidOn >= date($walkFromDate)
        AND CASE WHEN d.saidOn = date($walkFromDate) THEN d.id > $walkFromId ELSE true END
        AND EXISTS { (d)-[:SAID_BY|ON_BEHALF_OF]->(anchor) }
        AND d.retractedAt IS NULL
        AND (issueKey IS NULL OR EXISTS { (d)-[:ABOUT]->(:Issue {id: issueKey}) })
        AND ($dispute IS NULL OR EXISTS { (d)-[:ABOUT]->(:Issue {dispute: $dispute}) })
        AND ($articleKey IS NULL OR EXISTS { (d)-[:IN_ARTICLE]->(:Article {id: $articleKey}) })
        AND ($stance IS NULL OR EXISTS {
              MATCH (d)<-[:EVIDENCED_BY]-(p:Position {stance: $stance})
              WHERE p.retractedAt IS NULL AND p.supersededBy IS NULL
                AND (issueKey IS NULL OR EXISTS { (p)-[:ON_ISSUE]->(:Issue {id: issueKey}) })
            })
        AND ($from IS NULL OR coalesce(d.saidOnLatest, d.saidOn) >= date($from))
        AND ($to IS NULL OR coalesce(d.saidOnEarliest, d.saidOn) <= date($to))
      WITH d
      ORDER BY d.saidOn, d.id
      LIMIT $limit
      RETURN collect(d) AS dated
    }
    CALL (anchor, issueKey, dated) {
      UNWIND CASE WHEN size(dated) < $limit AND $walkUndatedAfterId IS NOT NULL THEN [$walkUndatedAfterId] ELSE [] END
        AS undatedAfter
      MATCH (u:Statement)
      WHERE u.id > undatedAfter AND u.saidOn IS NULL AND EXISTS { (u)-[:SAID_BY|ON_BEHALF_OF]->(anchor) }
        AND u.retractedAt IS NULL
        AND (issueKey IS NULL OR EXISTS { (u)-[:ABOUT]->(:Issue {id: issueKey}) })
        AND ($dispute IS NULL OR EXISTS { (u)-[:ABOUT]->(:Issue {dispute: $dispute}) })
        AND ($articleKey IS NULL OR EXISTS { (u)-[:IN_ARTICLE]->(:Article {id: $articleKey}) })
        AND ($stance IS NULL OR EXISTS {
              MATCH (u)<-[:EVIDENCED_BY]-(p:Position {stance: $stance})
              WHERE p.retractedAt IS NULL AND p.supersededBy IS NULL
                AND (issueKey IS NULL OR EXISTS { (p)-[:ON_ISSUE]->(:Issue {id: issueKey}) })
            })
        AND ($from IS NULL OR coalesce(u.saidOnLatest, u.saidOn) >= date($from))
        AND ($to IS NULL OR coalesce(u.saidOnEarliest, u.saidOn) <= date($to))
      WITH u
      ORDER BY u.id
      LIMIT $limit
      RETURN collect(u) AS undated
    }
    UNWIND dated + undated AS s
    RETURN s, coalesce(toString(s.saidOn), '9999-12-31') AS sortKey
  }
  WITH s, sortKey
  ORDER BY sortKey, s.id
  LIMIT $limit
  RETURN collect({sortKey: sortKey, statement: {/*@Statement s*/}}) AS page
}
RETURN disputeKnown, issueKeys, page
