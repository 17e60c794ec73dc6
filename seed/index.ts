/**
 * Seeding entry points used by `npm run seed`, `npm start` (on an empty database) and the tests.
 */
import { type Database } from '../src/db';
import { countSeededArticles } from '../src/repositories/admin.repository';
import { loadSeed, type LoadReport } from './load';
import { readSeed } from './read';

/** Reads, validates (nothing is written if any check fails) and loads the curated seed. */
export async function seedDatabase(db: Database, articlesDir: string): Promise<LoadReport> {
  const seed = await readSeed(articlesDir);
  return loadSeed(db, seed);
}

/** Seeds according to SEED_ON_START; returns whether it seeded. */
export async function seedOnStart(
  db: Database,
  articlesDir: string,
  mode: 'auto' | 'always' | 'never',
): Promise<boolean> {
  if (mode === 'never') return false;
  if (mode === 'auto' && (await countSeededArticles(db)) > 0) return false;
  await seedDatabase(db, articlesDir);
  return true;
}
