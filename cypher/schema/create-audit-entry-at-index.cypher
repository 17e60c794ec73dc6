// auditLog pages newest first by time.
// Params: none. Returns: no rows. Idempotent (IF NOT EXISTS).
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at)
