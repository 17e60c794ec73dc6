import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCypherRegistry } from '../../src/db/cypher-registry';
import { defaultCypherDir } from '../../src/db/database';

const srcDir = path.resolve(__dirname, '../../src');

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('the Cypher files', () => {
  it('are each used by exactly one repository function, and only by repositories', async () => {
    const names = [...(await loadCypherRegistry(defaultCypherDir())).keys()];
    const uses = new Map<string, string[]>(names.map((name) => [name, []]));
    for (const file of await sourceFiles(srcDir)) {
      const text = await readFile(file, 'utf8');
      for (const match of text.matchAll(/'([a-z]+\/[a-z0-9-]+)'/g)) {
        uses.get(match[1])?.push(path.relative(srcDir, file));
      }
    }
    const problems = [...uses].filter(
      ([, files]) => files.length !== 1 || !files[0]?.startsWith('repositories/'),
    );
    expect(problems).toEqual([]);
  });
});
