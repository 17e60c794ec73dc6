// Raw baseline: the first $first statements about an issue in date order (undated last).
// Params: $slug, $dispute: string; $first: integer.
// Returns: node {text, saidOn, speaker {name}|null, article {key, headline}}; by saidOn, id.
MATCH (:Issue {slug: $slug, dispute: $dispute})<-[:ABOUT]-(s:Statement)
WHERE s.retractedAt IS NULL
WITH s ORDER BY coalesce(s.saidOn, date('9999-12-31')), s.id LIMIT $first
RETURN {text: s.text, saidOn: toString(s.saidOn),
        speaker: [(s)-[:SAID_BY]->(sp) | {name: sp.name}][0],
        article: [(s)-[:IN_ARTICLE]->(a) | {key: a.id, headline: a.headline}][0]} AS node
ORDER BY coalesce(s.saidOn, date('9999-12-31')), s.id
