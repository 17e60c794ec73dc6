// Creates an editor's issue in a dispute.
// Params: $id ("<dispute>/<slug>"), $slug, $dispute (the dispute's id, checked by the caller), $name,
//   $proposition, $description (or null), $cues ([string], src/ingest/cues.ts), $actor, $at (ISO 8601).
// Returns: one row: key. The Issue.id constraint refuses a second issue with the same slug.
MATCH (d:Dispute {id: $dispute})
CREATE (i:Issue {id: $id})-[:IN_DISPUTE]->(d)
SET i.slug = $slug, i.dispute = $dispute, i.name = $name, i.proposition = $proposition,
    i.description = $description, i.cues = $cues, i.origin = 'editor', i.version = 1, i.createdBy = $actor,
    i.createdAt = $at, i.updatedAt = $at
RETURN i.id AS key
