// Raw baseline: full-text search over stakeholder names, issues and statement text, best first
// (the client builds the Lucene query and the snippet from the returned text, as the service does).
// Params: $query: string (Lucene); $limit: integer.
// Returns: hit {label, key, score, name, aliases, text}; by score descending, then key.
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
WITH node, score, label ORDER BY score DESC, coalesce(node.id, node.slug) LIMIT $limit
RETURN {label: label, key: coalesce(node.id, node.slug), score: score, name: node.name,
        aliases: coalesce(node.aliases, []), text: coalesce(node.text, node.proposition)} AS hit
ORDER BY hit.score DESC, hit.key
