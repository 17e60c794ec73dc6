// Full-text index over stakeholder names and aliases (aliasesText is the aliases joined by " | ",
// because a full-text index reads string properties).
// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS).
CREATE FULLTEXT INDEX stakeholder_names IF NOT EXISTS
FOR (n:Person|Organization) ON EACH [n.name, n.aliasesText]
