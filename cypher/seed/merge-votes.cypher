// Creates or updates votes with their rule, reported tallies (one per source, never merged) and
// the ballots of named units.
// Params: $rows: [{slug, name, agreement, closedOn, closedOnPrecision, closedOnInferred,
//   closedOnNote, ruleDescription, unionsRequired, unionsTotal, memberShareRequired,
//   ruleEvidence: [statementId], issues: [slug], evidence: [statementId],
//   tallies: [{id, unionsTotal, unionsFor, unionsAgainst, bargainingUnitsTotal, bargainingUnitsFor,
//     bargainingUnitsAgainst, memberShareFor, evidence}],
//   ballots: [{id, unit, outcome, evidence}]}].
// Returns: count (integer): rows written.
UNWIND $rows AS row
MERGE (v:Vote {slug: row.slug})
SET v.origin = 'seed', v.name = row.name,
    v.closedOn = CASE WHEN row.closedOn IS NULL THEN null ELSE date(row.closedOn) END,
    v.closedOnPrecision = row.closedOnPrecision, v.closedOnInferred = row.closedOnInferred,
    v.closedOnNote = row.closedOnNote, v.ruleDescription = row.ruleDescription,
    v.unionsRequired = row.unionsRequired, v.unionsTotal = row.unionsTotal,
    v.memberShareRequired = row.memberShareRequired, v.ruleEvidence = row.ruleEvidence
WITH v, row
CALL (v) {
  MATCH (v)-[old:ON_AGREEMENT|CONCERNS|EVIDENCED_BY|REPORTED_TALLY|HAS_BALLOT]->()
  DELETE old
}
CALL (v, row) {
  MATCH (a:Agreement {id: row.agreement})
  MERGE (v)-[:ON_AGREEMENT]->(a)
}
CALL (v, row) {
  UNWIND row.issues AS slug
  MATCH (i:Issue {slug: slug})
  MERGE (v)-[:CONCERNS]->(i)
}
CALL (v, row) {
  UNWIND row.evidence AS statementId
  MATCH (st:Statement {id: statementId})
  MERGE (v)-[:EVIDENCED_BY]->(st)
}
CALL (v, row) {
  UNWIND row.tallies AS tally
  MERGE (t:Tally {id: tally.id})
  SET t.origin = 'seed', t.unionsTotal = tally.unionsTotal, t.unionsFor = tally.unionsFor,
      t.unionsAgainst = tally.unionsAgainst, t.bargainingUnitsTotal = tally.bargainingUnitsTotal,
      t.bargainingUnitsFor = tally.bargainingUnitsFor,
      t.bargainingUnitsAgainst = tally.bargainingUnitsAgainst, t.memberShareFor = tally.memberShareFor
  MERGE (v)-[:REPORTED_TALLY]->(t)
  WITH t, tally
  CALL (t) {
    MATCH (t)-[old:EVIDENCED_BY]->()
    DELETE old
  }
  UNWIND tally.evidence AS statementId
  MATCH (st:Statement {id: statementId})
  MERGE (t)-[:EVIDENCED_BY]->(st)
}
CALL (v, row) {
  UNWIND row.ballots AS ballot
  MATCH (unit:Organization {id: ballot.unit})
  MERGE (b:Ballot {id: ballot.id})
  SET b.origin = 'seed', b.outcome = ballot.outcome
  MERGE (v)-[:HAS_BALLOT]->(b)
  MERGE (b)-[:CAST_BY]->(unit)
  WITH b, ballot
  CALL (b) {
    MATCH (b)-[old:EVIDENCED_BY]->()
    DELETE old
  }
  UNWIND ballot.evidence AS statementId
  MATCH (st:Statement {id: statementId})
  MERGE (b)-[:EVIDENCED_BY]->(st)
}
RETURN count(*) AS count
