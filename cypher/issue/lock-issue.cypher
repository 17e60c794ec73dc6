// Takes the write lock on an issue, then reads its editable fields (see lock-stakeholder.cypher).
// Params: $key (the issue's id).
// Returns: at most one row: key, name, proposition, description, cues, version (1 when unset: curated).
MATCH (i:Issue {id: $key})
SET i.`_lock` = true
REMOVE i.`_lock`
RETURN i.id AS key, i.name AS name, i.proposition AS proposition, i.description AS description,
       coalesce(i.cues, []) AS cues, coalesce(i.version, 1) AS version
