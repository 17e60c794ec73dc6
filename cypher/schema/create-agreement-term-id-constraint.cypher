// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT agreement_term_id_unique IF NOT EXISTS FOR (t:AgreementTerm) REQUIRE t.id IS UNIQUE
