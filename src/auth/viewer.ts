/**
 * Who is asking: resolved once per request from `Authorization: Bearer …`, either an API token
 * (looked up by its hash on every request, so a revoked token stops at once) or a JWT.
 */
import { ClientError, UnauthenticatedError } from '../errors';
import { type Database } from '../db';
import { findActiveApiTokenByHash } from '../repositories/token.repository';
import { hashApiToken, looksLikeApiToken } from './api-token';
import { JwtRejected, type JwtVerifier } from './jwt';
import { isRole, type Role } from './roles';

export interface Viewer {
  /** Stable actor id written into audit entries: "token:<id>", "jwt:<sub>" or "system:seed". */
  id: string;
  name: string;
  role: Role;
  via: 'token' | 'jwt' | 'system';
}

/** The actor of writes no person makes: the seed loader (and, later, other system jobs). */
export function systemViewer(name: string): Viewer {
  return { id: `system:${name}`, name, role: 'admin', via: 'system' };
}

/** The outcome of reading a request's credentials: a viewer, nobody, or why they were refused. */
export interface AuthState {
  viewer: Viewer | null;
  /** Set when credentials were sent but do not check out; the operation is refused with it. */
  failure: ClientError | null;
}

export interface AuthOptions {
  /** Set when AUTH_JWKS_URL is configured. */
  verifyJwt?: JwtVerifier;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** Reads the Authorization header; never throws (failures go into AuthState.failure). */
export async function authenticate(
  db: Database,
  header: string | undefined,
  options: AuthOptions,
): Promise<AuthState> {
  if (header === undefined || header.trim() === '') return { viewer: null, failure: null };
  const match = BEARER.exec(header);
  const token = match?.[1];
  if (token === undefined) {
    return refuse('The Authorization header must be "Bearer <token>".');
  }
  try {
    if (looksLikeApiToken(token)) {
      const row = await findActiveApiTokenByHash(db, hashApiToken(token));
      if (row === null || !isRole(row.role)) return refuse('The API token is unknown or has been revoked.');
      return {
        viewer: { id: `token:${row.id}`, name: row.name, role: row.role, via: 'token' },
        failure: null,
      };
    }
    if (options.verifyJwt !== undefined && token.split('.').length === 3) {
      return { viewer: await options.verifyJwt(token), failure: null };
    }
    return refuse('The bearer token is neither an API token of this service nor an accepted JWT.');
  } catch (error) {
    if (error instanceof JwtRejected) return refuse(error.message);
    // The token store could not be asked (database down, request cancelled): the same answer
    // a query would have got.
    if (error instanceof ClientError) return { viewer: null, failure: error };
    throw error;
  }
}

function refuse(message: string): AuthState {
  return { viewer: null, failure: new UnauthenticatedError(message) };
}
