// Creates or updates the titles people hold at organizations, with the statements that state them.
// Params: $rows: [{person, organization, title, since, sincePrecision, sinceInferred, until,
//   untilPrecision, untilInferred, note, evidence: [statementId]}].
// $origin: string, the data set that writes them ("seed", or a test fixture's name).
// Returns: count (integer): rows written.
UNWIND $rows AS row
MATCH (p:Person {id: row.person})
MATCH (o:Organization {id: row.organization})
MERGE (p)-[r:HOLDS_ROLE {title: row.title}]->(o)
SET r.since = CASE WHEN row.since IS NULL THEN null ELSE date(row.since) END,
    r.sincePrecision = row.sincePrecision, r.sinceInferred = row.sinceInferred,
    r.until = CASE WHEN row.until IS NULL THEN null ELSE date(row.until) END,
    r.untilPrecision = row.untilPrecision, r.untilInferred = row.untilInferred,
    r.note = row.note, r.evidence = row.evidence
RETURN count(*) AS count
