/**
 * npm run seed: validate the seed files against the article texts, load them (idempotent), and print
 * the graph's counts by label and relationship type.
 */
import { readConfig } from '../src/config';
import { connect } from '../src/db';
import { createToolLogger } from '../src/logger';
import { countNodesByLabel, countRelationshipsByType } from '../src/repositories/admin.repository';
import { seedDatabase } from './index';
import { SeedValidationError } from './read';

const logger = createToolLogger('seed');
const log = (message: string) => logger.info(message);

async function main(): Promise<void> {
  const config = readConfig();
  const { db, local, description } = await connect(config, logger);
  try {
    log(`connected to ${description}`);
    await db.applySchema();
    const report = await seedDatabase(db, config.articlesDir);
    log(`written: ${JSON.stringify(report.written)}`);
    console.log('nodes by label');
    for (const { label, count } of await countNodesByLabel(db)) console.log(`  ${label.padEnd(16)} ${count}`);
    console.log('relationships by type');
    for (const { type, count } of await countRelationshipsByType(db))
      console.log(`  ${type.padEnd(16)} ${count}`);
  } finally {
    await db.close();
    await local?.stop();
  }
}

main().catch((error: unknown) => {
  if (error instanceof SeedValidationError) {
    logger.fatal({ problems: error.problems }, `${error.problems.length} problem(s), nothing written`);
  } else {
    logger.fatal(error instanceof Error ? error.message : String(error));
  }
  process.exit(1);
});
