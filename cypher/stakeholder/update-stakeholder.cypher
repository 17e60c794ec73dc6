// Writes a stakeholder's editable fields and its next version (after lock-stakeholder, in the same
// transaction, checked the expected version).
// Params: $key, $name, $aliases ([string]), $aliasesText, $description (string or null),
//   $version (integer: the new version), $actor (actor id), $at (ISO 8601 string).
// Returns: one row: key.
MATCH (s:Stakeholder {id: $key})
SET s.name = $name, s.aliases = $aliases, s.aliasesText = $aliasesText, s.description = $description,
    s.version = $version, s.updatedBy = $actor, s.updatedAt = $at
RETURN s.id AS key
