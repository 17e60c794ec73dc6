/**
 * Test fixtures loaded next to the seed: small data sets written for the tests (see
 * test/fixtures/README.md), each in its own origin so that loading one never prunes another.
 */
import path from 'node:path';
import { type Database } from '../../src/db';
import { writeSeed } from '../../seed';
import { readSeed } from '../../seed/read';

/** The second dispute: an invented dock-lease dispute whose issue slug "layoffs" repeats the seed's. */
export const HARBOR = 'harbor-2024-lease';

export async function loadFixtures(db: Database): Promise<void> {
  const dir = path.resolve(__dirname, '../fixtures/harbor');
  const seed = await readSeed(path.join(dir, 'articles'), path.join(dir, 'data'));
  await writeSeed(db, seed, 'fixture:harbor');
}
