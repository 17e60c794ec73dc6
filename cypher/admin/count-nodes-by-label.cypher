// Node counts per label, for the seed report and the idempotency test.
// Params: none.
// Returns: label (string), count (integer); ordered by label.
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label
