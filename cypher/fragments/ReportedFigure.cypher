// Fragment: what each field of a ReportedFigure needs, for the composer (src/db/compose.ts);
// `this` is the figure. Params: none. Returns: one map entry per line ("[fields =>] column:
// expression"); dates as strings; the article, the stakeholder it is attributed to and the
// evidence (without retracted statements, in reading order) composed.
* => key: this.id
measure: this.measure
value: this.value
unit: this.unit
qualifier: this.qualifier
asReported: this.asReported
on: toString(this.on)
onPrecision: this.onPrecision
onInferred: coalesce(this.onInferred, false)
onNote: this.onNote
version: coalesce(this.version, 1)
source => origin: this.origin
createdBy: this.createdBy
createdAt: this.createdAt
updatedAt: this.updatedAt
article: [(this)-[:REPORTED_IN]->(that:Article) | {{Article}}][0]
attributedTo: [(this)-[:ATTRIBUTED_TO]->(that:Stakeholder) | {{Stakeholder}}][0]
evidence: COLLECT { MATCH (this)-[:EVIDENCED_BY]->(that:Statement)-[:IN_ARTICLE]->(thatArticle:Article) WHERE that.retractedAt IS NULL WITH that, thatArticle ORDER BY coalesce(toString(thatArticle.publishedOn), '9999'), thatArticle.id, that.start RETURN {{Statement}} }
