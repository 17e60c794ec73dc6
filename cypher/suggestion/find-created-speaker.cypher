// The person or organization an earlier accepted suggestion of the same article created for this
// proposed name, so that accepting a second quote of a new speaker does not create it twice.
// Params: $articleId (string), $name (string, the proposed speaker's name).
// Returns: at most one row: key (the stakeholder's id); the earliest reviewed first.
MATCH (s:Suggestion {speakerName: $name, status: 'ACCEPTED'})-[:SUGGESTED_FOR]->(:Article {id: $articleId})
WHERE s.createdStakeholderId IS NOT NULL
MATCH (p:Stakeholder {id: s.createdStakeholderId})
RETURN p.id AS key
ORDER BY s.reviewedAt
LIMIT 1
