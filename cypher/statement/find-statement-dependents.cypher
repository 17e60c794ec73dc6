// What still rests on a statement: live facts that cite it as evidence (EVIDENCED_BY from a
// position that is neither withdrawn nor replaced, or from any other fact), and roles and
// memberships whose evidence list names it. A statement with dependents cannot be taken back.
// Params: $key (statement id).
// Returns: one row per dependent: label, key; ordered by label, key.
MATCH (s:Statement {id: $key})
CALL (s) {
  MATCH (fact)-[:EVIDENCED_BY]->(s)
  WHERE fact.retractedAt IS NULL AND fact.supersededBy IS NULL
  RETURN labels(fact)[0] AS label, fact.id AS key
  UNION
  MATCH ()-[r:HOLDS_ROLE|MEMBER_OF]->()
  WHERE $key IN coalesce(r.evidence, []) AND r.retractedAt IS NULL
  RETURN type(r) AS label, elementId(r) AS key
}
RETURN label, key
ORDER BY label, key
