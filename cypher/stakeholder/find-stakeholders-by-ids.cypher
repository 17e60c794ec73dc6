// People and organizations by id, for the per-request stakeholder loader.
// Params: $keys: [string] (stakeholder ids).
// Returns: one row per id found (missing ids have no row): key, label ("Person" | "Organization"),
//   name, aliases, kind, party, district, description,
//   version (1 when unset: seeded nodes), origin, createdBy, createdAt, updatedAt (null for seeded nodes).
//   Row order is not significant.
UNWIND $keys AS key
MATCH (s:Stakeholder {id: key})
RETURN s.id AS key, CASE WHEN s:Person THEN 'Person' ELSE 'Organization' END AS label, s.name AS name,
       coalesce(s.aliases, []) AS aliases, s.kind AS kind, s.party AS party, s.district AS district,
       s.description AS description,
       coalesce(s.version, 1) AS version, s.origin AS origin, s.createdBy AS createdBy, s.createdAt AS createdAt,
       s.updatedAt AS updatedAt
