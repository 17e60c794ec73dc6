// The completed-seed marker: the hash of the seed data last loaded in full, if any.
// Params: none.
// Returns: at most one row: hash (string), loadedAt (string: ISO date-time).
MATCH (m:SeedMarker {id: 'seed'})
RETURN m.hash AS hash, toString(m.loadedAt) AS loadedAt
