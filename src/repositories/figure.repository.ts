import { type Database } from '../db';
import { type FigureRecord } from './records';

export function findFigures(
  db: Database,
  measure: string | null,
  dispute: string | null,
  limit: number,
): Promise<FigureRecord[]> {
  return db.readQuery<FigureRecord>('figure/find-figures', { measure, dispute, limit });
}
