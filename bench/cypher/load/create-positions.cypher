// Bench: one batch of positions, each of one holder on one issue, with its evidence statements.
// Params: $rows: [{id, holder, issue, stance, asOf, confidence, evidence: [string]}].
// Returns: one row, count.
UNWIND $rows AS row
MATCH (h:Stakeholder {id: row.holder})
MATCH (i:Issue {id: row.issue})
CREATE (p:Position {id: row.id, stance: row.stance, asOf: date(row.asOf), asOfEarliest: date(row.asOf),
                    asOfLatest: date(row.asOf), asOfPrecision: 'DAY', asOfInferred: false,
                    confidence: row.confidence, inferred: false, note: 'synthetic'})
CREATE (h)-[:HOLDS_POSITION]->(p)
CREATE (p)-[:ON_ISSUE]->(i)
WITH p, row
CALL (p, row) {
  UNWIND row.evidence AS statementId
  MATCH (s:Statement {id: statementId})
  CREATE (p)-[:EVIDENCED_BY]->(s)
}
RETURN count(*) AS count
