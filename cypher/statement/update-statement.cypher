// Writes a statement's next version of its attribution: speaker, principal, kind, medium, saidOn,
// note, issues and mentions (its words and offsets never change; retract and add instead). Ids that
// match nothing are left out of the counts returned, so the caller can refuse them.
// Params: $key, $speaker (stakeholder id or null), $onBehalfOf (organization id or null), $kind,
//   $medium, $saidOn (YYYY-MM-DD or null), $note, $issues ([issue id]), $mentions ([stakeholder id]),
//   $version (the next version), $actor, $at (ISO 8601).
// Returns: one row: speakerFound, onBehalfOfFound (booleans), issuesFound, mentionsFound (integers).
MATCH (s:Statement {id: $key})
SET s.kind = $kind, s.medium = $medium, s.note = $note,
    s.saidOn = CASE WHEN $saidOn IS NULL THEN null ELSE date($saidOn) END,
    s.saidOnPrecision = CASE WHEN $saidOn IS NULL THEN null ELSE 'DAY' END,
    s.saidOnEarliest = CASE WHEN $saidOn IS NULL THEN null ELSE date($saidOn) END,
    s.saidOnLatest = CASE WHEN $saidOn IS NULL THEN null ELSE date($saidOn) END,
    s.version = $version, s.updatedBy = $actor, s.updatedAt = $at
WITH s
CALL (s) {
  MATCH (s)-[old:SAID_BY|ON_BEHALF_OF|ABOUT|MENTIONS]->()
  DELETE old
}
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
RETURN speakerFound, onBehalfOfFound, issuesFound, mentionsFound
