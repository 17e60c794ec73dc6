// An issue named by slug (and dispute) with every stakeholder's answering position on it as of a
// date, in one round trip: the root fields issue(slug) { positions } and alignment(issueSlug).
// The position rule is find-latest-positions-by-issues' (docs/model.md "Which position answers").
// Params: $slug: string; $dispute: string | null (a dispute id; null: any dispute);
//   $asOf: string (YYYY-MM-DD) | null; $stance: string | null (only answering positions of it);
//   $first: integer (positions per issue); $withPositions: boolean (false: the issue only).
// Returns: one row per issue the slug names (more than one only without $dispute: the caller
//   answers BAD_USER_INPUT), or one row with issue null when none does: disputeKnown (false when
//   $dispute names no dispute), issue (the Issue projection), positions (Position projections, by
//   holder id; [] unless $withPositions); ordered by the issue's dispute.
OPTIONAL MATCH (d:Dispute {id: $dispute})
WITH $dispute IS NULL OR d IS NOT NULL AS disputeKnown
OPTIONAL MATCH (i:Issue {slug: $slug})
WHERE $dispute IS NULL OR i.dispute = $dispute
CALL (i) {
  WITH i WHERE i IS NOT NULL AND $withPositions
  MATCH (i)<-[:ON_ISSUE]-(candidate:Position)<-[:HOLDS_POSITION]-(holder:Stakeholder)
  WITH holder, candidate, coalesce(candidate.asOfLatest, candidate.asOf) AS windowEnd
  WHERE candidate.retractedAt IS NULL AND candidate.supersededBy IS NULL
    AND ($asOf IS NULL OR windowEnd <= date($asOf))
  WITH holder, candidate
  ORDER BY windowEnd DESC, candidate.asOf DESC, coalesce(candidate.inferred, false), candidate.confidence DESC,
           candidate.id
  WITH holder, collect(candidate) AS newestFirst
  WITH holder, newestFirst,
       [n IN range(0, size(newestFirst) - 1) WHERE newestFirst[n].stance <> newestFirst[0].stance] AS changes
  WITH holder, newestFirst[0..coalesce(head(changes), size(newestFirst))] AS run
  WITH holder, coalesce(head([q IN run WHERE NOT coalesce(q.inferred, false)]), run[0]) AS p
  WHERE $stance IS NULL OR p.stance = $stance
  WITH holder, p ORDER BY holder.id LIMIT $first
  RETURN collect({/*@Position p*/}) AS positions
}
RETURN disputeKnown, CASE WHEN i IS NULL THEN null ELSE {/*@Issue i*/} END AS issue, positions
ORDER BY i.dispute
