// Fragment: what each field of a Statement needs, for the composer (src/db/compose.ts); `this` is
// the statement. Params: none. Returns: one map entry per line ("[fields =>] column: expression");
// dates as strings (printed, never computed on); relations composed ({{Type}}) or, where a field
// goes through a loader (issues, mentions, context), the key it loads by.
* => key: this.id
id, key => key: this.id
text: this.text
kind: this.kind
medium: this.medium
saidOn: toString(this.saidOn)
saidOnPrecision: this.saidOnPrecision
saidOnInferred: coalesce(this.saidOnInferred, false)
saidOnNote: this.saidOnNote
start: this.start
end: this.end
paragraph: this.paragraph
note: this.note
version: coalesce(this.version, 1)
source => origin: this.origin
createdBy: this.createdBy
createdAt: this.createdAt
updatedAt: this.updatedAt
retractedAt: this.retractedAt
retractedBy: this.retractedBy
retractReason: this.retractReason
context => key: this.id
speaker: [(this)-[:SAID_BY]->(that:Stakeholder) | {{Stakeholder}}][0]
onBehalfOf: [(this)-[:ON_BEHALF_OF]->(that:Stakeholder) | {{Stakeholder}}][0]
article: [(this)-[:IN_ARTICLE]->(that:Article) | {{Article}}][0]
issues => issueKeys: [(this)-[:ABOUT]->(that:Issue) | that.id]
mentions => mentionKeys: [(this)-[:MENTIONS]->(that) | that.id]
