// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS). One completed-seed marker.
CREATE CONSTRAINT seed_marker_id_unique IF NOT EXISTS FOR (m:SeedMarker) REQUIRE m.id IS UNIQUE
