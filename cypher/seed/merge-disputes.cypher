// Creates or updates disputes.
// Params: $rows: [{id, name, description}];
// $origin: string, the data set that writes them ("seed", or a test fixture's name).
// Returns: count (integer): rows written.
UNWIND $rows AS row
MERGE (d:Dispute {id: row.id})
SET d.origin = $origin, d.name = row.name, d.description = row.description
RETURN count(*) AS count
