// Writes an issue's next version (its slug and dispute never change: ids and clients use them).
// Params: $key, $name, $proposition, $description, $cues ([string]), $version, $actor, $at (ISO 8601).
// Returns: nothing.
MATCH (i:Issue {id: $key})
SET i.name = $name, i.proposition = $proposition, i.description = $description, i.cues = $cues, i.version = $version,
    i.updatedBy = $actor, i.updatedAt = $at
