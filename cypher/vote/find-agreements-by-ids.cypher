// Agreements by id, with their parties, terms and savings.
// Params: $keys: [string] (agreement ids).
// Returns: one row per id found: key, name, valueUsd, partyKeys, evidenceKeys,
//   terms ([{key, kind: "TERM" | "SAVING", text, fiscalYear, amountUsd, evidenceKeys}] ordered by key).
UNWIND $keys AS key
MATCH (a:Agreement {id: key})
RETURN a.id AS key, a.name AS name, a.valueUsd AS valueUsd,
       [(a)-[:BETWEEN]->(o) | o.id] AS partyKeys,
       [(a)-[:EVIDENCED_BY]->(s) | s.id] AS evidenceKeys,
       COLLECT {
         MATCH (a)-[:HAS_TERM]->(t:AgreementTerm)
         RETURN t { key: t.id, .kind, .text, .fiscalYear, .amountUsd, evidenceKeys: [(t)-[:EVIDENCED_BY]->(s) | s.id] } AS term
         ORDER BY t.id
       } AS terms
