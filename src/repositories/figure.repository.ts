import { type Database } from '../db';
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
