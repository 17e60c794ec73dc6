// Raw baseline: a vote's name and the ballots with one outcome (which units rejected the deal),
// each with its unit and evidence texts (by article date, article id, offset).
// Params: $slug, $dispute, $outcome: string.
// Returns: vote {name, ballots [{unit {name}, outcome, evidence [{text}]}]}; ballots by unit id.
MATCH (v:Vote {slug: $slug, dispute: $dispute})
RETURN {
  name: v.name,
  ballots: COLLECT {
    MATCH (v)-[:HAS_BALLOT]->(b:Ballot)-[:CAST_BY]->(unit)
    WHERE b.outcome = $outcome
    WITH b, unit ORDER BY unit.id
    RETURN {unit: {name: unit.name}, outcome: b.outcome,
            evidence: COLLECT {
              MATCH (b)-[:EVIDENCED_BY]->(s:Statement)
              WHERE s.retractedAt IS NULL
              OPTIONAL MATCH (s)-[:IN_ARTICLE]->(a:Article)
              WITH s, a ORDER BY coalesce(toString(a.publishedOn), '9999') + '|' + coalesce(a.id, ''), s.start
              RETURN {text: s.text}
            }}
  }
} AS vote
