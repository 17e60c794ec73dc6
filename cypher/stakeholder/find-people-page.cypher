// One page of people ordered by name then id (keyset pagination).
// Params: $dispute: string | null (a dispute's id: only people involved in it, i.e. holding a
//   position on its issues, saying, speaking for or named in statements about them, or taking part
//   in its events or agreements); $afterName, $afterId: string (the last row of the
//   previous page; '' and '' for the first page); $limit: integer.
// Walks the stakeholder_name index in name order (a top-k, no sort of every person) and stops
// after $limit rows; the dispute filter is checked on each person read.
// Returns: up to $limit rows: key, label, name, aliases, kind, party, district, description,
//   version (1 when unset: seeded nodes), origin, createdBy, createdAt, updatedAt; ordered by name, key.
MATCH (s:Stakeholder:Person)
USING INDEX s:Stakeholder(name)
WHERE s.name >= $afterName AND (s.name > $afterName OR s.id > $afterId)
  AND ($dispute IS NULL
       OR EXISTS { (s)-[:HOLDS_POSITION]->(:Position)-[:ON_ISSUE]->(:Issue {dispute: $dispute}) }
       OR EXISTS { (s)<-[:SAID_BY|ON_BEHALF_OF|MENTIONS]-(:Statement)-[:ABOUT]->(:Issue {dispute: $dispute}) }
       OR EXISTS { (s)<-[:INVOLVES|BETWEEN]-()-[:IN_DISPUTE]->(:Dispute {id: $dispute}) })
RETURN s.id AS key, 'Person' AS label, s.name AS name, coalesce(s.aliases, []) AS aliases, s.kind AS kind,
       s.party AS party, s.district AS district, s.description AS description,
       coalesce(s.version, 1) AS version, s.origin AS origin, s.createdBy AS createdBy, s.createdAt AS createdAt,
       s.updatedAt AS updatedAt
ORDER BY s.name, s.id
LIMIT $limit
