/**
 * OIDC/JWT bearer tokens from an organisation's identity provider, verified with jose against the
 * provider's JWKS (fetched and cached by createRemoteJWKSet, refetched when a new key id appears).
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { strongestRole } from './roles';
import { type Viewer } from './viewer';

export interface JwtOptions {
  jwksUrl: string;
  issuer: string;
  audience: string;
  /** Claim holding the roles (a string or an array of strings); "roles" by default. */
  rolesClaim: string;
}

export type JwtVerifier = (token: string) => Promise<Viewer>;

/** Thrown for any token that does not verify; its message is safe to show the client. */
export class JwtRejected extends Error {
  override name = 'JwtRejected';
}

/** Builds the verifier once per server: the JWKS cache lives as long as it does. */
export function createJwtVerifier(options: JwtOptions): JwtVerifier {
  const jwks = createRemoteJWKSet(new URL(options.jwksUrl), { timeoutDuration: 5_000 });
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, jwks, {
        issuer: options.issuer,
        audience: options.audience,
        clockTolerance: 30,
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new JwtRejected('The token has expired: get a new one.');
      throw new JwtRejected('The token does not verify: check its issuer, audience and signature.');
    }
    const claim = payload[options.rolesClaim];
    const values: unknown[] = Array.isArray(claim) ? claim : [claim];
    const subject = payload.sub ?? '';
    if (subject === '') throw new JwtRejected('The token has no subject (sub) claim.');
    const name = typeof payload.name === 'string' ? payload.name : subject;
    // A verified identity without a known role may still read.
    return { id: `jwt:${subject}`, name, role: strongestRole(values) ?? 'reader', via: 'jwt' };
  };
}
