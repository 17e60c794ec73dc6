// Takes the write lock on a suggestion, then reads it (see stakeholder/lock-stakeholder.cypher for
// why the lock comes first: of two reviewers accepting at once, the second sees ACCEPTED).
// Params: $key (string).
// Returns: at most one row: suggestion (its properties plus articleId, articlePublishedOn (date) and positionIds).
MATCH (s:Suggestion {id: $key})-[:SUGGESTED_FOR]->(a:Article)
SET s.`_lock` = true
REMOVE s.`_lock`
RETURN s {.*, articleId: a.id, articlePublishedOn: a.publishedOn, positionIds: coalesce(s.positionIds, [])} AS suggestion
