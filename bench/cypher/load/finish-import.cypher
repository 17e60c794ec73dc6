// Bench: after the offline CSV import, the properties a CSV cannot carry: empty alias lists and
// alias texts on stakeholders, empty evidence lists on memberships and roles (as the service writes).
// Params: none.
// Returns: one row, count (stakeholders updated).
CALL {
  MATCH ()-[r:MEMBER_OF|HOLDS_ROLE]->()
  SET r.evidence = []
}
MATCH (s:Stakeholder)
SET s.aliases = [], s.aliasesText = ''
RETURN count(s) AS count
