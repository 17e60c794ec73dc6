// Raw baseline: full-text search over stakeholder names, issues and statement text, best first
// (the client builds the Lucene query and the snippet from the returned text, as the service does).
// Params: $query: string (Lucene); $exact: string (the words, lower-cased); $limit: integer.
// Returns: hit {label, key, score, name, aliases, text}; a stakeholder named or aliased exactly
// $exact first, then by score descending, then key.
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
WITH node, score, label,
     label <> 'Issue' AND label <> 'Statement'
       AND (toLower(node.name) = $exact OR any(a IN coalesce(node.aliases, []) WHERE toLower(a) = $exact)) AS named
ORDER BY named DESC, score DESC, coalesce(node.id, node.slug) LIMIT $limit
RETURN {label: label, key: coalesce(node.id, node.slug), score: score, name: node.name,
        aliases: coalesce(node.aliases, []), text: coalesce(node.text, node.proposition)} AS hit
ORDER BY named DESC, hit.score DESC, hit.key
