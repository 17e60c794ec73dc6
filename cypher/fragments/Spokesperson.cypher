// Fragment: what each field of a Spokesperson needs, for the composer (src/db/compose.ts); `this`
// is a map {person: the Person node, titles: [string], evidence: [Statement node]} that
// stakeholder/find-organization builds. Params: none. Returns: one map entry per line ("[fields
// =>] column: expression"); evidence without retracted statements, in reading order.
* => personKey: this.person.id
titles: this.titles
person: [that IN [this.person] | {{Stakeholder}}][0]
evidence: COLLECT { UNWIND this.evidence AS that MATCH (that)-[:IN_ARTICLE]->(thatArticle:Article) WHERE that.retractedAt IS NULL WITH that, thatArticle ORDER BY coalesce(toString(thatArticle.publishedOn), '9999'), thatArticle.id, that.start RETURN {{Statement}} }
