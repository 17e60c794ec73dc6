// One page of all statements (no filter but an optional date range), in date order (keyset
// pagination on the sort key, undated statements last, then id). Dated statements come from the
// statement_said_on index in its order (a top-k, never a sort of every Statement); undated ones
// are read only when the dated ones run out before the page is full.
// Params: $afterDate: string (YYYY-MM-DD; dated statements on or after it, '0001-01-01' for the
//   first page, '9999-12-31' once the cursor is among the undated), $afterId: string (on
//   $afterDate, only ids after it; '' for none); $undatedAfterId: string | null (undated
//   statements with ids after it; null: none at all, as when a date range is given);
//   $from, $to: string (YYYY-MM-DD) | null, kept when the statement's date window overlaps them;
//   $limit: integer.
// Returns: sortKey, statement (the Statement projection of the client's selection); ordered by
//   sortKey, then id.
CALL {
  MATCH (d:Statement)
  // The keyset test is a CASE, not an OR: the planner splits an OR into two index seeks and a
  // union, which loses the index order and reads every statement.
  WHERE d.saidOn >= date($afterDate)
    AND CASE WHEN d.saidOn = date($afterDate) THEN d.id > $afterId ELSE true END
    AND d.retractedAt IS NULL
    AND ($from IS NULL OR coalesce(d.saidOnLatest, d.saidOn) >= date($from))
    AND ($to IS NULL OR coalesce(d.saidOnEarliest, d.saidOn) <= date($to))
  WITH d
  ORDER BY d.saidOn, d.id
  LIMIT $limit
  RETURN collect(d) AS dated
}
CALL {
  WITH dated
  // A row only when the dated ones did not fill the page; the seek depends on it, so it is not
  // run at all otherwise. Walks the id index in order and stops at $limit undated statements.
  UNWIND CASE WHEN size(dated) < $limit AND $undatedAfterId IS NOT NULL THEN [$undatedAfterId] ELSE [] END
    AS undatedAfter
  MATCH (u:Statement)
  WHERE u.id > undatedAfter AND u.saidOn IS NULL AND u.retractedAt IS NULL
  WITH u
  ORDER BY u.id
  LIMIT $limit
  RETURN collect(u) AS undated
}
UNWIND (dated + undated)[0..$limit] AS s
WITH s, coalesce(toString(s.saidOn), '9999-12-31') AS sortKey
RETURN sortKey, {/*@Statement s*/} AS statement
ORDER BY sortKey, statement.key
