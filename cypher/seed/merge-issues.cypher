// Creates or updates issues.
// Params: $rows: [{slug, name, proposition, description}].
// Returns: count (integer): rows written.
UNWIND $rows AS row
MERGE (i:Issue {slug: row.slug})
SET i.origin = 'seed', i.name = row.name, i.proposition = row.proposition, i.description = row.description
RETURN count(*) AS count
