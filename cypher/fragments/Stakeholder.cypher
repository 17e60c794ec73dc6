// Fragment: what each field of a Person or Organization needs, for the composer
// (src/db/compose.ts); `this` is the stakeholder. Params: none. Returns: one map entry per line
// ("[fields =>] column: expression"); `label` always (it picks the GraphQL type); fields that go
// through a loader (roles, statements, positions, …) need only the key. (An organization's
// spokespeople are composed by stakeholder/find-organization, where they are grouped in one pass.)
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
roles, memberships, positions, statements, members, spokespeople => key: this.id
