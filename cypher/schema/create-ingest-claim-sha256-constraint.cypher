// One :IngestClaim per article text (SHA-256 of its UTF-8 bytes): ingestArticle MERGEs it and
// writes to it before looking the article up, so two ingests of the same new text queue on it and
// the second finds the article the first created. Params: none. Returns: no rows. Idempotent.
CREATE CONSTRAINT ingest_claim_sha256 IF NOT EXISTS FOR (c:IngestClaim) REQUIRE c.sha256 IS UNIQUE
