// Issues by slug, for the per-request issue loader.
// Params: $keys: [string] (issue slugs).
// Returns: one row per slug found: key (the slug), name, proposition, description.
UNWIND $keys AS key
MATCH (i:Issue {slug: key})
RETURN i.slug AS key, i.name AS name, i.proposition AS proposition, i.description AS description
