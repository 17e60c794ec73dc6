// Creates a person or organization written by an editor. The id is $slug, or $slug-$suffix when
// that is taken (the id constraint still guards against a race between two creators).
// Params: $label ("Person" | "Organization"), $slug, $suffix, $name, $aliases ([string]),
//   $aliasesText (aliases joined by " | ", for the full-text index), $kind (string or null),
//   $description (string or null), $origin ("editor", or "suggestion" for an accepted ingestion proposal), $actor (actor id), $at (ISO 8601 string).
// Returns: one row: key (the new id).
OPTIONAL MATCH (taken:Stakeholder {id: $slug})
WITH CASE WHEN taken IS NULL THEN $slug ELSE $slug + '-' + $suffix END AS id
CREATE (s:Stakeholder {id: id})
SET s.name = $name, s.aliases = $aliases, s.aliasesText = $aliasesText, s.kind = $kind,
    s.description = $description, s.origin = $origin, s.version = 1, s.createdBy = $actor,
    s.createdAt = $at, s.updatedAt = $at
FOREACH (_ IN CASE WHEN $label = 'Person' THEN [1] ELSE [] END | SET s:Person)
FOREACH (_ IN CASE WHEN $label = 'Organization' THEN [1] ELSE [] END | SET s:Organization)
RETURN s.id AS key
