// Deletes nodes an earlier seed wrote (origin 'seed') that the current seed no longer has, e.g. a
// position whose id changed when its date was corrected. Nodes written any other way are kept.
// Params: $keep: [{label (string), key (string: the identifying property), ids ([string])}].
// Returns: count (integer): nodes deleted.
UNWIND $keep AS keep
MATCH (n {origin: 'seed'})
WHERE keep.label IN labels(n) AND NOT n[keep.key] IN keep.ids
DETACH DELETE n
RETURN count(n) AS count
