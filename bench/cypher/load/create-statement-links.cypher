// Bench: the speaker, principal, issue and mention links of a batch of statements.
// Params: $saidBy, $onBehalfOf, $about, $mentions: [[statementId, targetId]].
// Returns: one row, count.
CALL {
  UNWIND $saidBy AS pair
  MATCH (s:Statement {id: pair[0]})
  MATCH (t:Stakeholder {id: pair[1]})
  CREATE (s)-[:SAID_BY]->(t)
}
CALL {
  UNWIND $onBehalfOf AS pair
  MATCH (s:Statement {id: pair[0]})
  MATCH (t:Organization {id: pair[1]})
  CREATE (s)-[:ON_BEHALF_OF]->(t)
}
CALL {
  UNWIND $about AS pair
  MATCH (s:Statement {id: pair[0]})
  MATCH (t:Issue {id: pair[1]})
  CREATE (s)-[:ABOUT]->(t)
}
CALL {
  UNWIND $mentions AS pair
  MATCH (s:Statement {id: pair[0]})
  MATCH (t:Stakeholder {id: pair[1]})
  CREATE (s)-[:MENTIONS]->(t)
}
RETURN 1 AS count
