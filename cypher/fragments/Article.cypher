// Fragment: what each field of an Article needs, for the composer (src/db/compose.ts); `this` is
// the article. Params: none. Returns: one map entry per line ("[fields =>] column: expression");
// dates as strings; the text and the statements go through loaders (by key), the outlet is composed.
* => key: this.id
id, key, text, statements => key: this.id
file: this.file
url: this.url
headline: this.headline
author: this.author
authorInferred: coalesce(this.authorInferred, false)
outletInferred: coalesce(this.outletInferred, false)
publishedOn: toString(this.publishedOn)
publishedPrecision: this.publishedPrecision
publishedInferred: coalesce(this.publishedInferred, false)
publishedNote: this.publishedNote
version: coalesce(this.version, 1)
source => origin: this.origin
createdBy: this.createdBy
createdAt: this.createdAt
updatedAt: this.updatedAt
outlet: [(this)-[:PUBLISHED_BY]->(that:Stakeholder) | {{Stakeholder}}][0]
