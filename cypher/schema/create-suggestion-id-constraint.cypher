// Suggestion ids are unique: the id is the article and the span, which is what makes ingesting
// the same article twice add no duplicate suggestion.
// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT suggestion_id IF NOT EXISTS FOR (s:Suggestion) REQUIRE s.id IS UNIQUE
