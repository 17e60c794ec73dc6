// Fragment: what each field of a Person or Organization needs, for the composer
// (src/db/compose.ts); `this` is the stakeholder. Params: none. Returns: one map entry per line
// ("[fields =>] column: expression"); `label` always (it picks the GraphQL type); fields that go
// through a loader (roles, statements, positions, …) need only the key; spokespeople are composed.
* => key: this.id
* => label: CASE WHEN this:Person THEN 'Person' ELSE 'Organization' END
id, key => key: this.id
name: this.name
aliases: coalesce(this.aliases, [])
kind: this.kind
party: this.party
district: this.district
description: this.description
version: coalesce(this.version, 1)
source => origin: this.origin
createdBy: this.createdBy
createdAt: this.createdAt
updatedAt: this.updatedAt
roles, memberships, positions, statements, members => key: this.id
// Who speaks for an organization, as role/find-spokespeople-by-organizations: people quoted on
// its behalf, and people whose title there makes them its voice; most statements first. (No
// aggregation inside: Neo4j reads it as the enclosing RETURN's.)
spokespeople: COLLECT { CALL (this) { MATCH (this)<-[:ON_BEHALF_OF]-(:Statement)-[:SAID_BY]->(thatPerson:Person) RETURN thatPerson UNION MATCH (thatPerson:Person)-[thatRole:HOLDS_ROLE]->(this) WHERE toLower(thatRole.title) CONTAINS 'spokes' OR toLower(thatRole.title) CONTAINS 'negotiator' OR toLower(thatRole.title) CONTAINS 'president' RETURN thatPerson } WITH thatPerson, [(this)<-[:ON_BEHALF_OF]-(thatStatement:Statement)-[:SAID_BY]->(thatPerson) | thatStatement] AS thatEvidence ORDER BY size(thatEvidence) DESC, thatPerson.id WITH {person: thatPerson, titles: [(thatPerson)-[thatTitle:HOLDS_ROLE]->(this) | thatTitle.title], evidence: thatEvidence} AS that RETURN {{Spokesperson}} }
