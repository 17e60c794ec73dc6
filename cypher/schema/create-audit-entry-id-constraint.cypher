// Audit entries are addressed by id (revertChange, cursors).
// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE
