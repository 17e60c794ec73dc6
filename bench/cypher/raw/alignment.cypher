// Raw baseline: stakeholders grouped by their latest stance on an issue, with evidence texts.
// Params: $slug, $dispute: string.
// Returns: camp {stance, holders [{name}], positions [{evidence [{text}]}]}; SUPPORT, MIXED, NEUTRAL, OPPOSE.
MATCH (i:Issue {slug: $slug, dispute: $dispute})<-[:ON_ISSUE]-(c:Position)<-[:HOLDS_POSITION]-(holder:Stakeholder)
WITH holder, c ORDER BY coalesce(c.asOfLatest, c.asOf) DESC, c.asOf DESC, coalesce(c.inferred, false), c.confidence DESC, c.id
WITH holder, collect(c) AS newest
WITH holder, newest, [n IN range(0, size(newest) - 1) WHERE newest[n].stance <> newest[0].stance] AS changes
WITH holder, newest[0..coalesce(head(changes), size(newest))] AS run
WITH holder, coalesce(head([q IN run WHERE NOT coalesce(q.inferred, false)]), run[0]) AS p
CALL (p) {
  MATCH (p)-[:EVIDENCED_BY]->(st:Statement)-[:IN_ARTICLE]->(a:Article)
  WHERE st.retractedAt IS NULL
  WITH st, a ORDER BY coalesce(toString(a.publishedOn), '9999'), a.id, st.start
  RETURN collect({text: st.text}) AS evidence
}
WITH p.stance AS stance, holder, evidence ORDER BY holder.id
WITH stance, collect({name: holder.name}) AS holders, collect({evidence: evidence}) AS positions
RETURN {stance: stance, holders: holders, positions: positions} AS camp
ORDER BY CASE stance WHEN 'SUPPORT' THEN 0 WHEN 'MIXED' THEN 1 WHEN 'NEUTRAL' THEN 2 ELSE 3 END
