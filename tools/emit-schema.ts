/**
 * npm run schema:update — writes schema.graphql from the type-graphql classes. The file is
 * committed so reviewers see API changes; test/unit/schema.test.ts fails when it drifts.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { printAppSchema } from '../src/schema/build-schema';

async function main(): Promise<void> {
  const target = path.resolve(__dirname, '..', 'schema.graphql');
  await writeFile(target, await printAppSchema());
  console.log(`wrote ${target}`);
}

void main();
