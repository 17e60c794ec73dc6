// Every request with a token looks it up by hash: unique, and indexed by the constraint.
// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.hash IS UNIQUE
