// The Neo4j kernel's name, version and edition, for serverInfo.
// Params: none.
// Returns: one row per component (only "Neo4j Kernel" on a single server):
//   name (string), version (string), edition (string: community | enterprise).
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
