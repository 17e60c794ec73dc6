import { type Database } from '../db';

export interface ApiTokenRecord {
  id: string;
  name: string;
  role: string;
  createdAt: string;
  revokedAt: string | null;
}

export function createApiToken(
  db: Database,
  token: { id: string; name: string; role: string; hash: string; createdAt: string },
): Promise<ApiTokenRecord> {
  return db.writeQuery<ApiTokenRecord>('token/create-api-token', token).then(([row]) => {
    if (row === undefined) throw new Error('token/create-api-token returned no row');
    return row;
  });
}

export async function findActiveApiTokenByHash(
  db: Database,
  hash: string,
): Promise<{ id: string; name: string; role: string } | null> {
  const rows = await db.readQuery<{ id: string; name: string; role: string }>(
    'token/find-active-api-token-by-hash',
    { hash },
  );
  return rows[0] ?? null;
}

export function listApiTokens(db: Database): Promise<ApiTokenRecord[]> {
  return db.readQuery<ApiTokenRecord>('token/list-api-tokens');
}

export async function revokeApiToken(
  db: Database,
  id: string,
  revokedAt: string,
): Promise<ApiTokenRecord | null> {
  const rows = await db.writeQuery<ApiTokenRecord>('token/revoke-api-token', { id, revokedAt });
  return rows[0] ?? null;
}
