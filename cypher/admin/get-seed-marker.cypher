// The completed-seed marker: the hash of the seed data last loaded in full, if any.
// Params: $origin: string (the data set, "seed" or a fixture's name).
// Returns: at most one row: hash (string), loadedAt (string: ISO date-time).
MATCH (m:SeedMarker {id: $origin})
RETURN m.hash AS hash, toString(m.loadedAt) AS loadedAt
