/**
 * Seeding entry points used by `npm run seed`, `npm start` and the tests.
 */
import { createHash } from 'node:crypto';
import { type Database } from '../src/db';
import { getSeedMarker } from '../src/repositories/admin.repository';
import { type Origin, setSeedMarker } from '../src/repositories/seed.repository';
import { systemViewer } from '../src/auth/viewer';
import { stamp, writeAudit } from '../src/write/audit';
import { loadSeed, type LoadReport, seededKeys } from './load';
import { readSeed, type Seed } from './read';

/** Identifies a version of the seed: any change to the data files or the article texts changes it. */
export function seedHash(seed: Seed): string {
  return createHash('sha256').update(JSON.stringify(seed)).digest('hex');
}

/**
 * Reads and validates the curated seed (nothing is written if any check fails), then loads it in
 * one transaction that ends by recording the completed-seed marker with the data's hash: a crash
 * midway leaves the graph as it was, and the marker never claims a load that did not finish.
 */
export async function seedDatabase(
  db: Database,
  articlesDir?: string,
): Promise<LoadReport & { hash: string }> {
  return writeSeed(db, await readSeed(articlesDir));
}

/**
 * Loads an already validated seed in one transaction, ending with the completed-seed marker. The
 * origin names the data set (tests load fixture disputes beside the seed under their own name), so
 * pruning and the marker concern only that data set.
 */
export async function writeSeed(
  db: Database,
  seed: Seed,
  origin: Origin = 'seed',
): Promise<LoadReport & { hash: string }> {
  const hash = seedHash(seed);
  // Audited like every write, by the system actor "system:seed", in the same transaction.
  const writeStamp = stamp(systemViewer('seed'));
  const report = await db.writeTransaction('seed', async (tx) => {
    const loaded = await loadSeed(tx, seed, origin);
    await setSeedMarker(tx, origin, hash);
    await writeAudit(tx, writeStamp, {
      operation: 'seed',
      reason: `load the curated data set "${origin}" (sha256 ${hash.slice(0, 12)}…)`,
      changedIds: seededKeys(seed),
      before: null,
      after: { origin, hash, written: loaded.written },
    });
    return loaded;
  });
  return { ...report, hash };
}

/**
 * Seeds according to SEED_ON_START: `auto` loads when no complete seed is recorded or the recorded
 * one is of other data (the files changed since); `always` loads; `never` does not. Returns why it
 * loaded, or null when it did not.
 */
export async function seedOnStart(
  db: Database,
  articlesDir: string,
  mode: 'auto' | 'always' | 'never',
): Promise<'missing' | 'stale' | 'always' | null> {
  if (mode === 'never') return null;
  let reason: 'missing' | 'stale' | 'always' = 'always';
  if (mode === 'auto') {
    const marker = await getSeedMarker(db, 'seed');
    const current = seedHash(await readSeed(articlesDir));
    if (marker?.hash === current) return null;
    reason = marker === null ? 'missing' : 'stale';
  }
  await seedDatabase(db, articlesDir);
  return reason;
}
