import { rm } from 'node:fs/promises';

export default async function globalTeardown(): Promise<void> {
  const local = globalThis.__localNeo4j;
  if (local === undefined) return;
  await local.stop();
  await rm(local.home, { recursive: true, force: true });
}
