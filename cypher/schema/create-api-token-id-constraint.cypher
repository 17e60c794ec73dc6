// API tokens are addressed by id (token revoke <id>).
// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.id IS UNIQUE
