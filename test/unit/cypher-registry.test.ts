import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadCypherRegistry } from '../../src/db/cypher-registry';
import { defaultCypherDir } from '../../src/db/database';

describe('the Cypher registry', () => {
  it('names statements by their path under cypher/ and leaves the schema folder out', async () => {
    const registry = await loadCypherRegistry(defaultCypherDir());
    expect(registry.has('server/get-server-info')).toBe(true);
    expect([...registry.keys()].some((name) => name.startsWith('schema/'))).toBe(false);
  });

  it('fails the boot on a statement without a header comment', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'cypher-'));
    await mkdir(path.join(dir, 'x'));
    await writeFile(path.join(dir, 'x', 'find-nothing.cypher'), 'MATCH (n) RETURN n');
    await expect(loadCypherRegistry(dir)).rejects.toThrow(
      /find-nothing.cypher: must start with \/\/ comment lines/,
    );
  });
});
