/**
 * npm run token -- create --name "Ana" --role editor | list | revoke <id>
 *
 * Manages API tokens in the graph the service uses (NEO4J_URI, or the local Neo4j). `create` prints
 * the token once on stdout; only its SHA-256 is stored. Logs go to stderr, so
 * `TOKEN=$(npm run -s token -- create …)` captures the token alone.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { generateApiToken, hashApiToken } from '../src/auth/api-token';
import { isRole, ROLES } from '../src/auth/roles';
import { readConfig } from '../src/config';
import { connect } from '../src/db';
import { createToolLogger } from '../src/logger';
import { createApiToken, listApiTokens, revokeApiToken } from '../src/repositories/token.repository';

const USAGE = `usage: npm run token -- create --name <name> --role <${ROLES.join('|')}>
       npm run token -- list
       npm run token -- revoke <id>`;

class UsageError extends Error {}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { name: { type: 'string' }, role: { type: 'string' } },
  });
  const [command, ...rest] = positionals;
  if (command === 'create') {
    const name = values.name?.trim() ?? '';
    if (name === '') throw new UsageError('create needs --name');
    if (!isRole(values.role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  } else if (command === 'revoke') {
    if (rest.length !== 1) throw new UsageError('revoke needs one token id (see token list)');
  } else if (command !== 'list') {
    throw new UsageError(command === undefined ? 'no command' : `unknown command "${command}"`);
  }

  const logger = createToolLogger('token');
  const config = readConfig();
  const { db, local } = await connect(config, logger);
  try {
    await db.applySchema();
    if (command === 'create') {
      const token = generateApiToken();
      const record = await createApiToken(db, {
        id: randomBytes(6).toString('hex'),
        name: (values.name ?? '').trim(),
        role: values.role ?? '',
        hash: hashApiToken(token),
        createdAt: new Date().toISOString(),
      });
      process.stderr.write(
        `created token ${record.id} for "${record.name}" (${record.role}); it is shown only now:\n`,
      );
      process.stdout.write(`${token}\n`);
    } else if (command === 'list') {
      for (const token of await listApiTokens(db)) {
        const state = token.revokedAt === null ? 'active' : `revoked ${token.revokedAt}`;
        process.stdout.write(
          `${token.id}  ${token.role.padEnd(6)}  ${token.createdAt}  ${state}  ${token.name}\n`,
        );
      }
    } else {
      const id = rest[0] ?? '';
      const revoked = await revokeApiToken(db, id, new Date().toISOString());
      if (revoked === null) throw new UsageError(`no token with id "${id}" (see token list)`);
      process.stdout.write(`revoked ${revoked.id} (${revoked.name}) at ${revoked.revokedAt ?? ''}\n`);
    }
  } finally {
    await db.close();
    await local?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  if (error instanceof UsageError) process.stderr.write(`${USAGE}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
