// Creates a statement written by an editor: a verbatim span of $articleId, with its speaker,
// principal, issues and mentions. Ids that match nothing are left out of the counts returned, so
// the caller can refuse them (and roll the transaction back).
// Params: $slug, $suffix, $articleId, $text, $start, $end, $paragraph, $context, $kind, $medium,
//   $saidOn (YYYY-MM-DD or null), $saidOnInferred (boolean), $saidOnNote (how it was inferred, or
//   null), $speaker (stakeholder id or null), $onBehalfOf (organization id
//   or null), $issues ([issue id]), $mentions ([stakeholder id]), $origin ("editor", or "suggestion" for an accepted ingestion proposal), $actor, $at (ISO 8601 string).
// Returns: one row: key (the new id), speakerFound, onBehalfOfFound (booleans), issuesFound,
//   mentionsFound (integers: how many of the ids matched).
OPTIONAL MATCH (taken:Statement {id: $slug})
WITH CASE WHEN taken IS NULL THEN $slug ELSE $slug + '-' + $suffix END AS id
MATCH (a:Article {id: $articleId})
CREATE (s:Statement {id: id})-[:IN_ARTICLE]->(a)
SET s.text = $text, s.start = $start, s.end = $end, s.paragraph = $paragraph, s.context = $context,
    s.kind = $kind, s.medium = $medium,
    s.saidOn = CASE WHEN $saidOn IS NULL THEN null ELSE date($saidOn) END,
    s.saidOnPrecision = CASE WHEN $saidOn IS NULL THEN null ELSE 'DAY' END,
    s.saidOnInferred = $saidOn IS NOT NULL AND $saidOnInferred,
    s.saidOnNote = CASE WHEN $saidOn IS NULL THEN null ELSE $saidOnNote END,
    s.origin = $origin, s.version = 1, s.createdBy = $actor, s.createdAt = $at, s.updatedAt = $at
WITH s
CALL (s) {
  OPTIONAL MATCH (speaker:Stakeholder {id: $speaker})
  FOREACH (_ IN CASE WHEN speaker IS NULL THEN [] ELSE [1] END | CREATE (s)-[:SAID_BY]->(speaker))
  RETURN speaker IS NOT NULL AS speakerFound
}
CALL (s) {
  OPTIONAL MATCH (principal:Organization {id: $onBehalfOf})
  FOREACH (_ IN CASE WHEN principal IS NULL THEN [] ELSE [1] END | CREATE (s)-[:ON_BEHALF_OF]->(principal))
  RETURN principal IS NOT NULL AS onBehalfOfFound
}
CALL (s) {
  UNWIND $issues AS issueId
  MATCH (i:Issue {id: issueId})
  CREATE (s)-[:ABOUT]->(i)
  RETURN count(i) AS issuesFound
}
CALL (s) {
  UNWIND $mentions AS mentionedId
  MATCH (m:Stakeholder {id: mentionedId})
  CREATE (s)-[:MENTIONS]->(m)
  RETURN count(m) AS mentionsFound
}
RETURN s.id AS key, speakerFound, onBehalfOfFound, issuesFound, mentionsFound
