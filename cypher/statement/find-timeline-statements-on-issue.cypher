// A stakeholder's statements for its timeline on one issue: said by it or on its behalf and about $issueKey, not retracted,
// the first $limit in date order (undated last, then id). Filtered and cut here, so a speaker of
// tens of thousands of statements sends only the page it asked for.
// Params: $holderKey: string (stakeholder id); $issueKey: string (issue id); $limit: integer.
// Returns: the statement columns of find-statements-by-ids; ordered by saidOn (undated last), key.
MATCH (:Stakeholder {id: $holderKey})<-[:SAID_BY|ON_BEHALF_OF]-(s:Statement)-[:ABOUT]->(:Issue {id: $issueKey})
WITH DISTINCT s
WHERE s.retractedAt IS NULL
WITH s
ORDER BY coalesce(s.saidOn, date('9999-12-31')), s.id
LIMIT $limit
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
       [(s)-[:MENTIONS]->(m) | m.id] AS mentionKeys
ORDER BY coalesce(saidOn, date('9999-12-31')), key
