// Full-text search over stakeholder names and aliases, issues, and statement text.
// Params: $query: string (Lucene syntax, already escaped by the caller); $limit: integer.
// Returns: up to $limit rows: label ("Person" | "Organization" | "Issue" | "Statement"), key,
//   score, name, aliases, text; ordered by score descending, then key.
CALL () {
  CALL db.index.fulltext.queryNodes('stakeholder_names', $query, {limit: $limit}) YIELD node, score
  RETURN node, score, CASE WHEN node:Person THEN 'Person' ELSE 'Organization' END AS label
  UNION ALL
  CALL db.index.fulltext.queryNodes('issue_text', $query, {limit: $limit}) YIELD node, score
  RETURN node, score, 'Issue' AS label
  UNION ALL
  CALL db.index.fulltext.queryNodes('statement_text', $query, {limit: $limit}) YIELD node, score
  RETURN node, score, 'Statement' AS label
}
RETURN label, coalesce(node.id, node.slug) AS key, score, node.name AS name,
       coalesce(node.aliases, []) AS aliases, coalesce(node.text, node.proposition) AS text
ORDER BY score DESC, key
LIMIT $limit
