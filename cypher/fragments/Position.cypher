// Fragment: what each field of a Position needs, for the composer (src/db/compose.ts); `this` is
// the position. Params: none. Returns: one map entry per line ("[fields =>] column: expression");
// dates as strings; evidence and counter-evidence without retracted statements, by the article's
// date, the article, then reading order (as loadStatements orders them); the issue by key.
* => key: this.id
id, key => key: this.id
stance: this.stance
asOf: toString(this.asOf)
asOfEarliest: toString(coalesce(this.asOfEarliest, this.asOf))
asOfLatest: toString(coalesce(this.asOfLatest, this.asOf))
asOfPrecision: this.asOfPrecision
asOfInferred: coalesce(this.asOfInferred, false)
asOfNote: this.asOfNote
confidence: this.confidence
inferred: this.inferred
note: this.note
version: coalesce(this.version, 1)
source => origin: this.origin
createdBy: this.createdBy
createdAt: this.createdAt
updatedAt: this.updatedAt
retractedAt: this.retractedAt
retractReason: this.retractReason
issue => issueKey: [(this)-[:ON_ISSUE]->(that:Issue) | that.id][0]
holder: [(this)<-[:HOLDS_POSITION]-(that:Stakeholder) | {{Stakeholder}}][0]
evidence: COLLECT { MATCH (this)-[:EVIDENCED_BY]->(that:Statement)-[:IN_ARTICLE]->(thatArticle:Article) WHERE that.retractedAt IS NULL WITH that, thatArticle ORDER BY coalesce(toString(thatArticle.publishedOn), '9999'), thatArticle.id, that.start RETURN {{Statement}} }
counterEvidence: COLLECT { MATCH (this)-[:COUNTER_EVIDENCE]->(that:Statement)-[:IN_ARTICLE]->(thatArticle:Article) WHERE that.retractedAt IS NULL WITH that, thatArticle ORDER BY coalesce(toString(thatArticle.publishedOn), '9999'), thatArticle.id, that.start RETURN {{Statement}} }
