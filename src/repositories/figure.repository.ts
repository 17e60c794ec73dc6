import { type Database, type Selection, type Writer } from '../db';
import { type FigureRecord } from './records';

/**
 * Reported figures (of one measure when given), projected for the client's selection, with the
 * check of `dispute`, in one round trip.
 */
export async function findFigures(
  db: Database,
  query: { measure: string | null; dispute: string | null; limit: number },
  selection: Selection,
): Promise<{ disputeKnown: boolean; figures: FigureRecord[] }> {
  const { measure, dispute, limit } = query;
  // The measure's own statement starts from the figure_measure index.
  const [name, params] =
    measure === null
      ? ['figure/find-figures', { dispute, limit }]
      : ['figure/find-figures-by-measure', { measure, dispute, limit }];
  const [row] = await db.readProjected<{ disputeKnown: boolean; figures: FigureRecord[] }>(name, params, {
    f: selection,
  });
  if (row === undefined) throw new Error(`${name} returned no row`);
  return row;
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
