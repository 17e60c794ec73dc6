// Raw baseline: who holds $stance on an issue (latest position by the model's rule), with evidence.
// Params: $slug, $dispute, $stance: string; $first: integer.
// Returns: holder {name}, evidence [{text, speaker {name}|null, article {key, publishedOn}}]; by holder id.
MATCH (i:Issue {slug: $slug, dispute: $dispute})<-[:ON_ISSUE]-(c:Position)<-[:HOLDS_POSITION]-(holder:Stakeholder)
WITH holder, c ORDER BY coalesce(c.asOfLatest, c.asOf) DESC, c.asOf DESC, coalesce(c.inferred, false), c.confidence DESC, c.id
WITH holder, collect(c) AS newest
WITH holder, newest, [n IN range(0, size(newest) - 1) WHERE newest[n].stance <> newest[0].stance] AS changes
WITH holder, newest[0..coalesce(head(changes), size(newest))] AS run
WITH holder, coalesce(head([q IN run WHERE NOT coalesce(q.inferred, false)]), run[0]) AS p
WHERE p.stance = $stance
WITH holder, p ORDER BY holder.id LIMIT $first
CALL (p) {
  MATCH (p)-[:EVIDENCED_BY]->(st:Statement)-[:IN_ARTICLE]->(a:Article)
  WHERE st.retractedAt IS NULL
  WITH st, a ORDER BY coalesce(toString(a.publishedOn), '9999'), a.id, st.start
  RETURN collect({text: st.text, speaker: [(st)-[:SAID_BY]->(sp) | {name: sp.name}][0],
                  article: {key: a.id, publishedOn: toString(a.publishedOn)}}) AS evidence
}
RETURN {name: holder.name} AS holder, evidence
ORDER BY holder.id
