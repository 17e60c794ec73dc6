// Reported figures of one measure (e.g. "planned-layoffs"), optionally of one dispute; each report
// separate. Starts from the figure_measure index.
// Params: $measure: string; $dispute: string | null (a dispute's id); $limit: integer (the
//   first rows in order).
// Returns: one row: disputeKnown (false when $dispute names no dispute), figures (ReportedFigure
//   projections of the client's selection, ordered by measure, article date, id).
CALL () {
  OPTIONAL MATCH (d:Dispute {id: $dispute})
  RETURN $dispute IS NULL OR d IS NOT NULL AS disputeKnown
}
CALL () {
  MATCH (f:Figure {measure: $measure})-[:REPORTED_IN]->(a:Article)
  WHERE ($dispute IS NULL OR EXISTS { (f)-[:IN_DISPUTE]->(:Dispute {id: $dispute}) })
  WITH f, a
  ORDER BY f.measure, a.publishedOn, f.id
  LIMIT $limit
  RETURN collect({/*@ReportedFigure f*/}) AS figures
}
RETURN disputeKnown, figures
