// The live position an earlier accepted suggestion recorded for $holder on $issue with the same
// stance as of the same day and precision: a later acceptance adds its statement there instead of
// recording a second position of the same day. Run after the holder is locked.
// Params: $holder (stakeholder id), $issue (issue id), $stance, $asOf (YYYY-MM-DD), $asOfPrecision.
// Returns: at most one row: key, version (the oldest such position first).
MATCH (:Stakeholder {id: $holder})-[:HOLDS_POSITION]->(p:Position)-[:ON_ISSUE]->(:Issue {id: $issue})
WHERE p.origin = 'suggestion' AND p.stance = $stance AND p.asOf = date($asOf)
  AND p.asOfPrecision = $asOfPrecision AND p.retractedAt IS NULL AND p.supersededBy IS NULL
RETURN p.id AS key, coalesce(p.version, 1) AS version
ORDER BY p.createdAt, p.id
LIMIT 1
