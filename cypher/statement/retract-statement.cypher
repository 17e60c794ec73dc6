// Marks a statement retracted: it stays in the graph (and node(id) shows it) but lists and
// evidence leave it out. Never deleted: positions and audit entries may still point at it.
// Params: $key, $reason, $version (the new version), $actor, $at (ISO 8601 string).
// Returns: nothing.
MATCH (s:Statement {id: $key})
SET s.retractedAt = $at, s.retractedBy = $actor, s.retractReason = $reason, s.version = $version,
    s.updatedAt = $at
