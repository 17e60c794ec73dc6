// Takes the write lock on a stakeholder, then reads it: the first statement of every update, so two
// concurrent updates see each other's version (the lock pattern of Neo4j's "Concurrent data access"
// docs; reading before locking lets both pass the expectedVersion check).
// Params: $key (string).
// Returns: at most one row: key, label, name, aliases, kind, description, version (1 when the node
//   has none: seeded nodes start at version 1).
MATCH (s:Stakeholder {id: $key})
SET s.`_lock` = true
REMOVE s.`_lock`
RETURN s.id AS key, CASE WHEN s:Person THEN 'Person' ELSE 'Organization' END AS label, s.name AS name,
       coalesce(s.aliases, []) AS aliases, s.kind AS kind, s.description AS description,
       coalesce(s.version, 1) AS version
