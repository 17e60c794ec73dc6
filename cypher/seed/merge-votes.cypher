// Creates or updates votes with their rule, reported tallies (one per source, never merged) and
// the ballots of named units.
// Params: $rows: [{id ("<dispute>/<slug>"), slug, dispute, name, agreement, closedOn,
//   closedOnPrecision, closedOnInferred, closedOnNote, ruleDescription,
//   ruleReadings (string: JSON of the rule's readings, see seed/schema.ts VoteRule),
//   ruleEvidence: [statementId], issues: [issueId], evidence: [statementId],
//   tallies: [{id, unionsTotal, unionsFor, unionsAgainst, bargainingUnitsTotal, bargainingUnitsFor,
//     bargainingUnitsAgainst, memberShareFor, evidence}],
//   ballots: [{id, unit, outcome, evidence}]}].
// $origin: string, the data set that writes them ("seed", or a test fixture's name).
// Returns: count (integer): rows written.
UNWIND $rows AS row
MERGE (v:Vote {id: row.id})
SET v.origin = $origin, v.slug = row.slug, v.dispute = row.dispute, v.name = row.name,
    v.closedOn = CASE WHEN row.closedOn IS NULL THEN null ELSE date(row.closedOn) END,
    v.closedOnPrecision = row.closedOnPrecision, v.closedOnInferred = row.closedOnInferred,
    v.closedOnNote = row.closedOnNote, v.ruleDescription = row.ruleDescription,
    v.ruleReadings = row.ruleReadings, v.ruleEvidence = row.ruleEvidence
WITH v, row
CALL (v) {
  MATCH (v)-[old:ON_AGREEMENT|CONCERNS|EVIDENCED_BY|REPORTED_TALLY|HAS_BALLOT|IN_DISPUTE]->()
  DELETE old
}
CALL (v, row) {
  MATCH (d:Dispute {id: row.dispute})
  MERGE (v)-[:IN_DISPUTE]->(d)
}
CALL (v, row) {
  MATCH (a:Agreement {id: row.agreement})
  MERGE (v)-[:ON_AGREEMENT]->(a)
}
CALL (v, row) {
  UNWIND row.issues AS issueId
  MATCH (i:Issue {id: issueId})
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
  SET t.origin = $origin, t.unionsTotal = tally.unionsTotal, t.unionsFor = tally.unionsFor,
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
  SET b.origin = $origin, b.outcome = ballot.outcome
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
