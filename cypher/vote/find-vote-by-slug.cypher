// One vote with its rule, every reported tally (with the articles of its evidence) and its
// ballots.
// Params: $slug: string.
// Returns: zero or one row: key (slug), name, closedOn, closedOnPrecision, closedOnInferred,
//   closedOnNote, ruleDescription, unionsRequired, unionsTotal, memberShareRequired,
//   ruleEvidenceKeys, evidenceKeys, agreementKey,
//   tallies: [{key, unionsTotal, unionsFor, unionsAgainst, bargainingUnitsTotal,
//     bargainingUnitsFor, bargainingUnitsAgainst, memberShareFor, evidenceKeys, articleKeys}]
//   ordered by key,
//   ballots: [{key, unitKey, outcome, evidenceKeys}] ordered by unitKey.
MATCH (v:Vote {slug: $slug})
RETURN v.slug AS key, v.name AS name, v.closedOn AS closedOn, v.closedOnPrecision AS closedOnPrecision,
       coalesce(v.closedOnInferred, false) AS closedOnInferred, v.closedOnNote AS closedOnNote,
       v.ruleDescription AS ruleDescription, v.unionsRequired AS unionsRequired,
       v.unionsTotal AS unionsTotal, v.memberShareRequired AS memberShareRequired,
       coalesce(v.ruleEvidence, []) AS ruleEvidenceKeys,
       [(v)-[:EVIDENCED_BY]->(s) | s.id] AS evidenceKeys,
       [(v)-[:ON_AGREEMENT]->(a) | a.id][0] AS agreementKey,
       COLLECT {
         MATCH (v)-[:REPORTED_TALLY]->(t:Tally)
         RETURN t {
           key: t.id, .unionsTotal, .unionsFor, .unionsAgainst, .bargainingUnitsTotal,
           .bargainingUnitsFor, .bargainingUnitsAgainst, .memberShareFor,
           evidenceKeys: [(t)-[:EVIDENCED_BY]->(s) | s.id],
           articleKeys: COLLECT { MATCH (t)-[:EVIDENCED_BY]->(:Statement)-[:IN_ARTICLE]->(a) RETURN DISTINCT a.id }
         } AS tally
         ORDER BY t.id
       } AS tallies,
       COLLECT {
         MATCH (v)-[:HAS_BALLOT]->(b:Ballot)-[:CAST_BY]->(unit)
         RETURN b { key: b.id, unitKey: unit.id, .outcome, evidenceKeys: [(b)-[:EVIDENCED_BY]->(s) | s.id] } AS ballot
         ORDER BY unit.id
       } AS ballots
