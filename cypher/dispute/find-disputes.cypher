// Disputes by id, or every dispute when $ids is null.
// Params: $ids: [string] | null.
// Returns: key (the id), name, description, issueCount, voteCount, voteSlugs (ordered); ordered by key.
MATCH (d:Dispute)
WHERE $ids IS NULL OR d.id IN $ids
RETURN d.id AS key, d.name AS name, d.description AS description,
       COUNT { (d)<-[:IN_DISPUTE]-(:Issue) } AS issueCount, COUNT { (d)<-[:IN_DISPUTE]-(:Vote) } AS voteCount,
       COLLECT { MATCH (d)<-[:IN_DISPUTE]-(v:Vote) RETURN v.slug ORDER BY v.slug } AS voteSlugs
ORDER BY key
