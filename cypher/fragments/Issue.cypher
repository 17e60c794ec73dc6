// Fragment: what each field of an Issue needs, for the composer (src/db/compose.ts); `this` is the
// issue. Params: none. Returns: one map entry per line ("[fields =>] column: expression");
// positions and statements (fields with arguments) go through their resolvers by key.
* => key: this.id
* => disputeKey: this.dispute
id, key, positions, statements => key: this.id
slug: this.slug
dispute => disputeKey: this.dispute
name: this.name
proposition: this.proposition
description: this.description
cues: coalesce(this.cues, [])
version: coalesce(this.version, 1)
source => origin: this.origin
createdBy: this.createdBy
createdAt: this.createdAt
updatedAt: this.updatedAt
