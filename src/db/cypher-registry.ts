/**
 * Loads every .cypher file once at start-up, so a missing or malformed file fails the boot rather
 * than a request. A statement is named by its path under cypher/ without the extension:
 * cypher/server/get-server-info.cypher is "server/get-server-info".
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Fragment, type Fragments, parseFragment } from './compose';

export interface CypherStatement {
  name: string;
  /** The statement as sent to Neo4j, header comment included (Neo4j ignores comments). */
  text: string;
  file: string;
}

export type CypherRegistry = ReadonlyMap<string, CypherStatement>;

async function listCypherFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.cypher'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The header must document the contract; we check only that it exists, not its prose. */
function checkHeader(file: string, text: string): void {
  const header = text
    .split('\n')
    .filter((line) => line.startsWith('//'))
    .join('\n')
    .toLowerCase();
  if (!text.startsWith('//') || !header.includes('params') || !header.includes('returns')) {
    throw new Error(`${file}: must start with // comment lines naming its params and what it returns`);
  }
}

/** Reads all statements under `cypherDir`, except the schema (applied separately) and fragments. */
export async function loadCypherRegistry(cypherDir: string): Promise<CypherRegistry> {
  const registry = new Map<string, CypherStatement>();
  for (const file of await listCypherFiles(cypherDir)) {
    const name = path
      .relative(cypherDir, file)
      .replace(/\\/g, '/')
      .replace(/\.cypher$/, '');
    if (name.startsWith('schema/') || name.startsWith('fragments/')) continue;
    const text = (await readFile(file, 'utf8')).trim();
    checkHeader(file, text);
    registry.set(name, { name, text, file });
  }
  return registry;
}

/** The schema statements (constraints and indexes), in file-name order. */
export async function loadSchemaStatements(cypherDir: string): Promise<CypherStatement[]> {
  const schemaDir = path.join(cypherDir, 'schema');
  const files = await listCypherFiles(schemaDir);
  return Promise.all(
    files.map(async (file) => ({
      name: `schema/${path.basename(file, '.cypher')}`,
      text: (await readFile(file, 'utf8')).trim(),
      file,
    })),
  );
}

/**
 * The projection fragments (cypher/fragments/<Type>.cypher), parsed, by type name: what the
 * composer fills a statement's slots with (see compose.ts).
 */
export async function loadFragments(cypherDir: string): Promise<Fragments> {
  const dir = path.join(cypherDir, 'fragments');
  const fragments = new Map<string, Fragment>();
  for (const file of await listCypherFiles(dir)) {
    const text = (await readFile(file, 'utf8')).trim();
    checkHeader(file, text);
    const type = path.basename(file, '.cypher');
    fragments.set(type, parseFragment(type, text));
  }
  return fragments;
}
