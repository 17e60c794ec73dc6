// Takes the write lock on a vote, then reads what recordTally and recordBallot check.
// Params: $key (the vote's id, "<dispute>/<slug>").
// Returns: at most one row: key, version (1 when unset: curated), tallyArticleKeys (the articles
//   whose statements source each existing tally), ballotUnitKeys (units with a ballot).
MATCH (v:Vote {id: $key})
SET v.`_lock` = true
REMOVE v.`_lock`
RETURN v.id AS key, coalesce(v.version, 1) AS version,
       COLLECT {
         MATCH (v)-[:REPORTED_TALLY]->(:Tally)-[:EVIDENCED_BY]->(:Statement)-[:IN_ARTICLE]->(a:Article)
         RETURN DISTINCT a.id
       } AS tallyArticleKeys,
       COLLECT { MATCH (v)-[:HAS_BALLOT]->(:Ballot)-[:CAST_BY]->(u) RETURN u.id } AS ballotUnitKeys
