/**
 * API tokens: random secrets shown once, stored only as their SHA-256. A fast hash is enough (as
 * GitHub does for its tokens): 32 random bytes cannot be guessed, so there is nothing to slow down.
 */
import { createHash, randomBytes } from 'node:crypto';

/** Every token starts with this, so a leaked one is recognisable (e.g. by secret scanners). */
export const TOKEN_PREFIX = 'sgt_';

/** A new token: the prefix and 32 random bytes in base64url. */
export function generateApiToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** The stored form of a token: hex SHA-256 of the whole string. */
export function hashApiToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** True when the string has the shape of one of our tokens (it may still be unknown or revoked). */
export function looksLikeApiToken(token: string): boolean {
  return /^sgt_[A-Za-z0-9_-]{43}$/.test(token);
}
