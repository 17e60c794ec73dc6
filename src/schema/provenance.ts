import { type ProvenanceRecord } from '../repositories/records';
import { FactSource } from './node.interface';

/**
 * The Versioned fields of a record. Seeded nodes carry their data set's name as `origin` and no
 * version: they read as CURATION at version 1. Writes store origin "editor" or "suggestion".
 */
export function provenanceOf(record: ProvenanceRecord) {
  return {
    version: record.version ?? 1,
    source: sourceOf(record.origin ?? null),
    createdBy: record.createdBy ?? null,
    createdAt: record.createdAt ?? null,
    updatedAt: record.updatedAt ?? null,
  };
}

export function sourceOf(origin: string | null): FactSource {
  if (origin === 'editor') return FactSource.EDITOR;
  if (origin === 'suggestion') return FactSource.SUGGESTION;
  return FactSource.CURATION;
}
