// Raw baseline: the shortest paths (at most 4 hops, up to $limit) between two stakeholders, each
// step in words with its evidence, as the service's connections(maxHops: 4) describes them: a
// step touching a statement is sourced by it, else by the relationship's evidence, else by the
// evidence of the event it touches; evidence by article date, article id, offset.
// Params: $fromKey, $toKey: string (stakeholder ids); $limit: integer.
// Returns: path {length, steps [{relation, description, evidence [{text}]}]}.
MATCH (a:Stakeholder {id: $fromKey}), (b:Stakeholder {id: $toKey})
MATCH path = allShortestPaths((a)-[:HOLDS_ROLE|MEMBER_OF|SAID_BY|ON_BEHALF_OF|MENTIONS|ABOUT|INVOLVES*..4]-(b))
WITH path
LIMIT $limit
WITH nodes(path) AS ns, relationships(path) AS rs
CALL (ns, rs) {
  UNWIND range(0, size(rs) - 1) AS n
  WITH n, ns[n] AS x, ns[n + 1] AS y, rs[n] AS r
  WITH n, x, y, r,
       CASE
         WHEN x:Statement THEN [x.id]
         WHEN y:Statement THEN [y.id]
         WHEN size(coalesce(r.evidence, [])) > 0 THEN r.evidence
         ELSE coalesce([e IN [x, y] WHERE e:Event | [(e)-[:EVIDENCED_BY]->(s) | s.id]][0], [])
       END AS keys
  CALL (keys) {
    UNWIND keys AS k
    MATCH (s:Statement {id: k})
    WHERE s.retractedAt IS NULL
    OPTIONAL MATCH (s)-[:IN_ARTICLE]->(art:Article)
    WITH s, art ORDER BY coalesce(toString(art.publishedOn), '9999') + '|' + coalesce(art.id, ''), s.start
    RETURN collect({text: s.text}) AS evidence
  }
  WITH n, x, y, r, evidence ORDER BY n
  RETURN collect({
    relation: CASE type(r)
      WHEN 'HOLDS_ROLE' THEN 'ROLE' WHEN 'MEMBER_OF' THEN 'MEMBERSHIP' WHEN 'SAID_BY' THEN 'SAID'
      WHEN 'ON_BEHALF_OF' THEN 'SPOKE_FOR' WHEN 'ABOUT' THEN 'STATEMENT_ABOUT'
      WHEN 'INVOLVES' THEN 'TOOK_PART' ELSE 'MENTIONS' END,
    description:
      CASE WHEN x:Statement
        THEN '“' + CASE WHEN size(x.text) > 60 THEN left(x.text, 57) + '…' ELSE x.text END + '”'
        ELSE x.name END
      + ' ' +
      CASE type(r) + CASE WHEN startNode(r) = x THEN '>' ELSE '<' END
        WHEN 'HOLDS_ROLE>' THEN 'holds a title at' WHEN 'HOLDS_ROLE<' THEN 'has as a title holder'
        WHEN 'MEMBER_OF>' THEN 'is a member of' WHEN 'MEMBER_OF<' THEN 'has as a member'
        WHEN 'SAID_BY>' THEN 'was said by' WHEN 'SAID_BY<' THEN 'said'
        WHEN 'ON_BEHALF_OF>' THEN 'was said on behalf of' WHEN 'ON_BEHALF_OF<' THEN 'was spoken for in'
        WHEN 'ABOUT>' THEN 'is about' WHEN 'ABOUT<' THEN 'is the subject of'
        WHEN 'INVOLVES>' THEN 'involved' WHEN 'INVOLVES<' THEN 'took part in'
        WHEN 'MENTIONS<' THEN 'is mentioned in' ELSE 'mentions' END
      + ' ' +
      CASE WHEN y:Statement
        THEN '“' + CASE WHEN size(y.text) > 60 THEN left(y.text, 57) + '…' ELSE y.text END + '”'
        ELSE y.name END
      + coalesce(' (' + coalesce(r.title, r.relation, r.role) + ')', ''),
    evidence: evidence
  }) AS steps
}
RETURN {length: size(rs), steps: steps} AS path
