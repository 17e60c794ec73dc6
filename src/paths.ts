import { existsSync } from 'node:fs';
import path from 'node:path';

let cachedRoot: string | undefined;

/**
 * The repository root: the nearest folder above this file with a package.json. Works the same
 * from src/ under tsx or ts-jest and from dist/src/ after a build.
 */
export function repoRoot(): string {
  if (cachedRoot !== undefined) return cachedRoot;
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  cachedRoot = dir;
  return dir;
}
