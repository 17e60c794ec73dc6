// Raw baseline: a holder's statements and positions on one issue in date order (statements before
// positions on the same day), each position marked with the stance before it.
// Params: $holder (stakeholder id), $slug, $dispute: string; $first: integer.
// Returns: entry {date, stance, previousStance, stanceChanged, statement {text}|null}; in order.
MATCH (h:Stakeholder {id: $holder}), (i:Issue {slug: $slug, dispute: $dispute})
CALL (h, i) {
  MATCH (h)<-[:SAID_BY|ON_BEHALF_OF]-(s:Statement)-[:ABOUT]->(i)
  WHERE s.retractedAt IS NULL
  WITH DISTINCT s ORDER BY coalesce(s.saidOn, date('9999-12-31')), s.id LIMIT $first
  RETURN collect({date: toString(s.saidOn), stance: null, previousStance: null, stanceChanged: false,
                  statement: {text: s.text}}) AS said
}
CALL (h, i) {
  MATCH (h)-[:HOLDS_POSITION]->(p:Position)-[:ON_ISSUE]->(i)
  WITH p ORDER BY p.asOf, p.id
  WITH collect(p) AS ps
  RETURN [n IN range(0, size(ps) - 1) |
          {date: toString(ps[n].asOf), stance: ps[n].stance,
           previousStance: CASE WHEN n = 0 THEN null ELSE ps[n - 1].stance END,
           stanceChanged: n > 0 AND ps[n - 1].stance <> ps[n].stance, statement: null}] AS held
}
UNWIND [n IN range(0, size(said) - 1) | [0, n, said[n]]] + [n IN range(0, size(held) - 1) | [1, n, held[n]]] AS e
WITH e ORDER BY coalesce(e[2].date, '9999-12-31'), e[0], e[1] LIMIT $first
RETURN e[2] AS entry
