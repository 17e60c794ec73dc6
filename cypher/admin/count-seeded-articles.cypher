// How many articles the database holds: zero means it has never been seeded.
// Params: none.
// Returns: one row: count (integer).
MATCH (a:Article)
RETURN count(a) AS count
