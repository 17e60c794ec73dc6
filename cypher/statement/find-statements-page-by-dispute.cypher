// One page of statements whose filters include a dispute, in date order (keyset pagination on the
// sort key, undated statements last, then id). Starts from the dispute's issues ($dispute, required),
// so that it reads only that anchor's statements, never every Statement; the other filters
// (null when not given) are checked on those.
// Chosen by findStatementsPage (anchor order: article, issue, speaker, dispute, stance).
// Params: $speakerKey, $issueKey (issue id), $dispute (dispute id), $stance, $articleKey: string
//   | null; $from, $to: string (YYYY-MM-DD) | null, kept when the statement's date window
//   overlaps them; $afterSort, $afterId: string | null; $limit: integer.
//   $stance keeps statements cited as evidence of a position with that stance (on $issueKey
//   when given). $dispute keeps statements about an issue of that dispute.
//   $withSpeaker, $withOnBehalfOf, $withArticle: boolean, whether the client selected them.
// Returns: sortKey plus the statement columns of find-statements-by-ids, plus speaker, onBehalfOf
//   (the columns of find-stakeholders-by-ids) and article (those of find-articles-by-ids), each
//   null unless selected; ordered by sortKey, key.
MATCH (:Issue {dispute: $dispute})<-[:ABOUT]-(s:Statement)
WITH DISTINCT s
WHERE s.retractedAt IS NULL
  AND ($speakerKey IS NULL OR EXISTS { (s)-[:SAID_BY|ON_BEHALF_OF]->(:Stakeholder {id: $speakerKey}) })
  AND ($issueKey IS NULL OR EXISTS { (s)-[:ABOUT]->(:Issue {id: $issueKey}) })
  AND ($articleKey IS NULL OR EXISTS { (s)-[:IN_ARTICLE]->(:Article {id: $articleKey}) })
  AND ($stance IS NULL OR EXISTS {
        MATCH (s)<-[:EVIDENCED_BY]-(p:Position {stance: $stance})
        WHERE p.retractedAt IS NULL AND p.supersededBy IS NULL
          AND ($issueKey IS NULL OR EXISTS { (p)-[:ON_ISSUE]->(:Issue {id: $issueKey}) })
      })
  AND ($from IS NULL OR coalesce(s.saidOnLatest, s.saidOn) >= date($from))
  AND ($to IS NULL OR coalesce(s.saidOnEarliest, s.saidOn) <= date($to))
WITH s, coalesce(toString(s.saidOn), '9999-12-31') AS sortKey
WHERE $afterId IS NULL OR sortKey > $afterSort OR (sortKey = $afterSort AND s.id > $afterId)
WITH s, sortKey
ORDER BY sortKey, s.id
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
       [(s)-[:MENTIONS]->(m) | m.id] AS mentionKeys,
       CASE WHEN $withSpeaker THEN [(s)-[:SAID_BY]->(x) | x {key: x.id, label: CASE WHEN x:Person THEN 'Person' ELSE 'Organization' END, .name,
         aliases: coalesce(x.aliases, []), .kind, .party, .district, .description,
         version: coalesce(x.version, 1), .origin, .createdBy, .createdAt, .updatedAt}][0] END AS speaker,
       CASE WHEN $withOnBehalfOf THEN [(s)-[:ON_BEHALF_OF]->(x) | x {key: x.id, label: CASE WHEN x:Person THEN 'Person' ELSE 'Organization' END, .name,
         aliases: coalesce(x.aliases, []), .kind, .party, .district, .description,
         version: coalesce(x.version, 1), .origin, .createdBy, .createdAt, .updatedAt}][0] END AS onBehalfOf,
       CASE WHEN $withArticle THEN [(s)-[:IN_ARTICLE]->(x) | x {key: x.id, .file, .headline, .author, authorInferred: coalesce(x.authorInferred, false),
         outletInferred: coalesce(x.outletInferred, false), .publishedOn, .publishedPrecision,
         publishedInferred: coalesce(x.publishedInferred, false), .publishedNote,
         outletKey: [(x)-[:PUBLISHED_BY]->(o) | o.id][0], .url, version: coalesce(x.version, 1), .origin, .createdBy,
         .createdAt, .updatedAt}][0] END AS article, sortKey
ORDER BY sortKey, key
