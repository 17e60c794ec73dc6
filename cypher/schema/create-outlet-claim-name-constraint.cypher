// One :OutletClaim per outlet name as ingestArticle normalises it (trimmed, lower case): when the
// outlet is not a known organization, ingestArticle MERGEs it and writes to it before looking the
// outlet up again, so two ingests naming the same new outlet queue on it and the second finds the
// organization the first created. Params: none. Returns: no rows. Idempotent.
CREATE CONSTRAINT outlet_claim_name IF NOT EXISTS FOR (c:OutletClaim) REQUIRE c.name IS UNIQUE
