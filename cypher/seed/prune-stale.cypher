// Deletes nodes an earlier load of this data set wrote (origin $origin) that it no longer has, e.g. a
// position whose id changed when its date was corrected. Nodes written any other way are kept.
// Params: $origin: string; $keep: [{label (string), key (string: the identifying property),
//   ids ([string])}].
// Returns: count (integer): nodes deleted.
UNWIND $keep AS keep
MATCH (n {origin: $origin})
WHERE keep.label IN labels(n) AND NOT coalesce(n[keep.key], '') IN keep.ids
DETACH DELETE n
RETURN count(n) AS count
