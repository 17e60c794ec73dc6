// Statements about each issue.
// Params: $keys: [string] (issue ids).
// Returns: ownerKey (the issue id) plus the statement columns of find-statements-by-ids; ordered by
//   ownerKey, saidOn (undated last), key.
UNWIND $keys AS ownerKey
MATCH (:Issue {id: ownerKey})<-[:ABOUT]-(s:Statement)
WHERE s.retractedAt IS NULL
WITH ownerKey, s
RETURN s.id AS key, s.text AS text, s.kind AS kind, s.medium AS medium, s.saidOn AS saidOn,
       s.saidOnPrecision AS saidOnPrecision, coalesce(s.saidOnInferred, false) AS saidOnInferred,
       s.saidOnNote AS saidOnNote, s.start AS start, s.end AS end, s.paragraph AS paragraph,
       s.note AS note, coalesce(s.version, 1) AS version, s.origin AS origin, s.createdBy AS createdBy,
       s.createdAt AS createdAt, s.updatedAt AS updatedAt, s.retractedAt AS retractedAt,
       s.retractedBy AS retractedBy, s.retractReason AS retractReason,
       [(s)-[:IN_ARTICLE]->(a) | a.id][0] AS articleKey,
       [(s)-[:IN_ARTICLE]->(a) | a.publishedOn][0] AS articlePublishedOn,
       [(s)-[:SAID_BY]->(sp) | sp.id][0] AS speakerKey,
       [(s)-[:ON_BEHALF_OF]->(o) | o.id][0] AS onBehalfOfKey,
       [(s)-[:ABOUT]->(i) | i.id] AS issueKeys,
       [(s)-[:MENTIONS]->(m) | m.id] AS mentionKeys, ownerKey
ORDER BY ownerKey, coalesce(saidOn, date('9999-12-31')), key
