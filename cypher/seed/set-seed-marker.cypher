// Records that a seed load completed, in the same transaction as the load itself, so the marker
// exists only when the whole seed does.
// Params: $origin (string: the data set, "seed" or a fixture's name), $hash (string: sha256 of
//   the validated data), $loadedAt (string: ISO date-time).
// Returns: hash (string).
MERGE (m:SeedMarker {id: $origin})
SET m.hash = $hash, m.loadedAt = datetime($loadedAt)
RETURN m.hash AS hash
