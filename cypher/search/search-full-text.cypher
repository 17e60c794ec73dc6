// Full-text search over stakeholder names and aliases, issues, and statement text, optionally
// only what belongs to one dispute (issues of it, statements about its issues, stakeholders
// involved in it as in find-people-page).
// Params: $query: string (Lucene syntax, already escaped by the caller); $exact: string (the
//   words as typed, trimmed and lower-cased); $dispute: string | null
//   (a dispute's id); $limit: integer; $perIndex: integer (hits read from each index before the
//   dispute filter; larger than $limit when a dispute is given, so the filter leaves enough).
// Returns: up to $limit rows: label ("Person" | "Organization" | "Issue" | "Statement"), key,
//   score, name, aliases, text; a person or organization whose name or an alias is $exact (in any
//   case) first, then by score descending, then key. (Scores of different indexes are not on one
//   scale: a statement index grown or shrunk can outscore the stakeholder its words name.)
CALL () {
  CALL db.index.fulltext.queryNodes('stakeholder_names', $query, {limit: $perIndex}) YIELD node, score
  RETURN node, score, CASE WHEN node:Person THEN 'Person' ELSE 'Organization' END AS label
  UNION ALL
  CALL db.index.fulltext.queryNodes('issue_text', $query, {limit: $perIndex}) YIELD node, score
  RETURN node, score, 'Issue' AS label
  UNION ALL
  CALL db.index.fulltext.queryNodes('statement_text', $query, {limit: $perIndex}) YIELD node, score
  RETURN node, score, 'Statement' AS label
}
WITH node, score, label
WHERE $dispute IS NULL
   OR (label = 'Issue' AND node.dispute = $dispute)
   OR (label = 'Statement' AND EXISTS { (node)-[:ABOUT]->(:Issue {dispute: $dispute}) })
   OR (label IN ['Person', 'Organization'] AND (
        EXISTS { (node)-[:HOLDS_POSITION]->(:Position)-[:ON_ISSUE]->(:Issue {dispute: $dispute}) }
        OR EXISTS { (node)<-[:SAID_BY|ON_BEHALF_OF|MENTIONS]-(:Statement)-[:ABOUT]->(:Issue {dispute: $dispute}) }
        OR EXISTS { (node)<-[:INVOLVES|BETWEEN]-()-[:IN_DISPUTE]->(:Dispute {id: $dispute}) }))
WITH node, score, label,
     label IN ['Person', 'Organization']
       AND (toLower(node.name) = $exact OR any(alias IN coalesce(node.aliases, []) WHERE toLower(alias) = $exact))
       AS named
RETURN label, coalesce(node.id, node.slug) AS key, score, node.name AS name,
       coalesce(node.aliases, []) AS aliases, coalesce(node.text, node.proposition) AS text
ORDER BY named DESC, score DESC, key
LIMIT $limit
