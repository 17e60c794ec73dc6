import { type Database, type Writer } from '../db';
import { type FigureRecord } from './records';

export function findFigures(
  db: Database,
  measure: string | null,
  dispute: string | null,
  limit: number,
): Promise<FigureRecord[]> {
  return measure === null
    ? db.readQuery<FigureRecord>('figure/find-figures', { dispute, limit })
    : db.readQuery<FigureRecord>('figure/find-figures-by-measure', { measure, dispute, limit });
}

export function findFiguresByIds(db: Database, keys: readonly string[]): Promise<FigureRecord[]> {
  return db.readQuery<FigureRecord>('figure/find-figures-by-ids', { keys });
}

export interface NewFigureParams {
  id: string;
  dispute: string;
  measure: string;
  value: number;
  unit: string;
  qualifier: string | null;
  asReported: string;
  article: string;
  on: string | null;
  onPrecision: string | null;
  onInferred: boolean;
  onNote: string | null;
  attributedTo: string | null;
  issues: string[];
  evidence: string[];
  actor: string;
  at: string;
}

/** Creates a figure; null when the dispute does not exist. */
export async function createFigure(tx: Writer, params: NewFigureParams): Promise<string | null> {
  const [row] = await tx.writeQuery<{ key: string }>('figure/create-figure', { ...params });
  return row?.key ?? null;
}
