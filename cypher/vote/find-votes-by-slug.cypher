// One vote with its rule, every reported tally (with the articles of its evidence) and its
// ballots.
// Params: $slug: string; $dispute: string | null (a dispute's id); $withBallotUnits,
//   $withBallotEvidence: boolean (whether the client selected the ballots' units, evidence).
// Returns: one row per dispute whose vote has this slug, ordered by disputeKey, or one row with
//   key null when there is none; every row has disputeKnown (false when $dispute names no
//   dispute) and: key (the id
//   "<dispute>/<slug>"), slug, disputeKey, name, closedOn, closedOnPrecision, closedOnInferred,
//   closedOnNote, ruleDescription, ruleReadings (JSON string),
//   ruleEvidenceKeys, evidenceKeys, agreementKey, version, origin, createdBy, createdAt, updatedAt,
//   tallies: [{key, unionsTotal, unionsFor, unionsAgainst, bargainingUnitsTotal,
//     bargainingUnitsFor, bargainingUnitsAgainst, memberShareFor, evidenceKeys, articleKeys,
//     version, origin, createdBy, createdAt, updatedAt}] ordered by key,
//   ballots: [{key, unitKey, outcome, evidenceKeys, version, origin, createdBy, createdAt,
//     updatedAt, unit (the Stakeholder projection of the client's selection; null unless
//     $withBallotUnits), evidence (Statement
//     projections, not retracted, in reading order; null unless $withBallotEvidence)}] ordered
//   by unitKey.
OPTIONAL MATCH (d:Dispute {id: $dispute})
WITH $dispute IS NULL OR d IS NOT NULL AS disputeKnown
OPTIONAL MATCH (v:Vote {slug: $slug})
WHERE $dispute IS NULL OR v.dispute = $dispute
RETURN disputeKnown, v.id AS key, v.slug AS slug, v.dispute AS disputeKey, v.name AS name, v.closedOn AS closedOn, v.closedOnPrecision AS closedOnPrecision,
       coalesce(v.closedOnInferred, false) AS closedOnInferred, v.closedOnNote AS closedOnNote,
       v.ruleDescription AS ruleDescription, v.ruleReadings AS ruleReadings,
       coalesce(v.ruleEvidence, []) AS ruleEvidenceKeys,
       [(v)-[:EVIDENCED_BY]->(s) | s.id] AS evidenceKeys,
       [(v)-[:ON_AGREEMENT]->(a) | a.id][0] AS agreementKey,
       coalesce(v.version, 1) AS version, v.origin AS origin, v.createdBy AS createdBy,
       v.createdAt AS createdAt, v.updatedAt AS updatedAt,
       COLLECT {
         MATCH (v)-[:REPORTED_TALLY]->(t:Tally)
         RETURN t {
           key: t.id, .unionsTotal, .unionsFor, .unionsAgainst, .bargainingUnitsTotal,
           .bargainingUnitsFor, .bargainingUnitsAgainst, .memberShareFor, .origin, .createdBy, .createdAt,
           .updatedAt, version: coalesce(t.version, 1),
           evidenceKeys: [(t)-[:EVIDENCED_BY]->(s) | s.id],
           articleKeys: COLLECT { MATCH (t)-[:EVIDENCED_BY]->(:Statement)-[:IN_ARTICLE]->(a) RETURN DISTINCT a.id }
         } AS tally
         ORDER BY t.id
       } AS tallies,
       COLLECT {
         MATCH (v)-[:HAS_BALLOT]->(b:Ballot)-[:CAST_BY]->(unit)
         RETURN b {
           key: b.id, unitKey: unit.id, .outcome, evidenceKeys: [(b)-[:EVIDENCED_BY]->(s) | s.id],
           .origin, .createdBy, .createdAt, .updatedAt, version: coalesce(b.version, 1),
           unit: CASE WHEN $withBallotUnits THEN {/*@Stakeholder unit*/} END,
           evidence: CASE WHEN $withBallotEvidence THEN COLLECT {
             MATCH (b)-[:EVIDENCED_BY]->(ballotStatement:Statement)-[:IN_ARTICLE]->(ballotArticle:Article)
             WHERE ballotStatement.retractedAt IS NULL
             WITH ballotStatement, ballotArticle
             ORDER BY coalesce(toString(ballotArticle.publishedOn), '9999'), ballotArticle.id, ballotStatement.start
             RETURN {/*@Statement ballotStatement*/}
           } END
         } AS ballot
         ORDER BY unit.id
       } AS ballots
ORDER BY disputeKey
