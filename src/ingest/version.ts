/** Stamped on every suggestion, so a reviewer (and the audit trail) knows which rules proposed it. */
export const PIPELINE_VERSION = 'ingest v1';
