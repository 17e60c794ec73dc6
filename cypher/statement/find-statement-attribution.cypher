// The editable attribution of a statement (not its words or place), for updateStatement's diff.
// Params: $key (statement id; locked by the caller).
// Returns: at most one row: speakerKey, onBehalfOfKey (or null), kind, medium, saidOn (YYYY-MM-DD or
//   null), note, issueKeys, mentionKeys (sorted), articlePublishedOn (YYYY-MM-DD or null).
MATCH (s:Statement {id: $key})-[:IN_ARTICLE]->(a:Article)
RETURN [(s)-[:SAID_BY]->(x) | x.id][0] AS speakerKey, [(s)-[:ON_BEHALF_OF]->(x) | x.id][0] AS onBehalfOfKey,
       s.kind AS kind, s.medium AS medium, toString(s.saidOn) AS saidOn, s.note AS note,
       COLLECT { MATCH (s)-[:ABOUT]->(i) RETURN i.id ORDER BY i.id } AS issueKeys,
       COLLECT { MATCH (s)-[:MENTIONS]->(m) RETURN m.id ORDER BY m.id } AS mentionKeys,
       toString(a.publishedOn) AS articlePublishedOn
