// Statements by id, for the per-request statement loader.
// Params: $keys: [string] (statement ids).
// Returns: one row per id found: key, text, kind, medium, saidOn, saidOnPrecision, saidOnInferred,
//   saidOnNote, start, end, paragraph, note, version, origin, createdBy, createdAt, updatedAt,
//   retractedAt, retractedBy, retractReason, articleKey, articlePublishedOn, speakerKey,
//   onBehalfOfKey, issueKeys, mentionKeys. Row order is not significant.
UNWIND $keys AS key
MATCH (s:Statement {id: key})
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
