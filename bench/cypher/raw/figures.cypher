// Raw baseline: reported figures of one measure in one dispute, by article date.
// Params: $measure, $dispute: string; $first: integer.
// Returns: figure {value, qualifier, asReported, article {key}}; by article date, id.
MATCH (:Dispute {id: $dispute})<-[:IN_DISPUTE]-(f:Figure {measure: $measure})-[:REPORTED_IN]->(a:Article)
WITH f, a ORDER BY a.publishedOn, f.id LIMIT $first
RETURN {value: f.value, qualifier: f.qualifier, asReported: f.asReported, article: {key: a.id}} AS figure
ORDER BY a.publishedOn, f.id
