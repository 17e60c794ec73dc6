// One page of organizations of every kind, ordered by name then id (keyset pagination). Walks the
// stakeholder_name index in name order (a top-k) and stops after $limit rows.
// Params: $dispute: string | null (a dispute's id: only organizations
//   involved in it, as in find-people-page, or publishing an article with statements about its
//   issues); $afterName, $afterId: string ('' and '' for the first page); $limit: integer.
// Returns: up to $limit rows: key, label, name, aliases, kind, party, district, description,
//   version (1 when unset: seeded nodes), origin, createdBy, createdAt, updatedAt; ordered by name, key.
MATCH (s:Stakeholder:Organization)
USING INDEX s:Stakeholder(name)
WHERE s.name >= $afterName AND (s.name > $afterName OR s.id > $afterId)
  AND ($dispute IS NULL
       OR EXISTS { (s)-[:HOLDS_POSITION]->(:Position)-[:ON_ISSUE]->(:Issue {dispute: $dispute}) }
       OR EXISTS { (s)<-[:SAID_BY|ON_BEHALF_OF|MENTIONS]-(:Statement)-[:ABOUT]->(:Issue {dispute: $dispute}) }
       OR EXISTS { (s)<-[:INVOLVES|BETWEEN]-()-[:IN_DISPUTE]->(:Dispute {id: $dispute}) }
       OR EXISTS { (s)<-[:PUBLISHED_BY]-(:Article)<-[:IN_ARTICLE]-(:Statement)-[:ABOUT]->(:Issue {dispute: $dispute}) })
RETURN s.id AS key, 'Organization' AS label, s.name AS name, coalesce(s.aliases, []) AS aliases,
       s.kind AS kind, s.party AS party, s.district AS district, s.description AS description,
       coalesce(s.version, 1) AS version, s.origin AS origin, s.createdBy AS createdBy, s.createdAt AS createdAt,
       s.updatedAt AS updatedAt
ORDER BY s.name, s.id
LIMIT $limit
