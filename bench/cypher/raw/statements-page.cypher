// Raw baseline: the first $first dated statements in date order, with speaker and article.
// Params: $first: integer.
// Returns: node {text, saidOn, speaker {name}|null, article {key, headline}}; by saidOn, id.
MATCH (s:Statement)
WHERE s.saidOn IS NOT NULL AND s.retractedAt IS NULL
WITH s ORDER BY s.saidOn, s.id LIMIT $first
RETURN {text: s.text, saidOn: toString(s.saidOn),
        speaker: [(s)-[:SAID_BY]->(sp) | {name: sp.name}][0],
        article: [(s)-[:IN_ARTICLE]->(a) | {key: a.id, headline: a.headline}][0]} AS node
ORDER BY s.saidOn, s.id
