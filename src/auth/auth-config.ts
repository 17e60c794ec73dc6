import { type JwtOptions } from './jwt';

/** Who may read and write (from READ_REQUIRES_AUTH and AUTH_*). */
export interface AuthConfig {
  /** READ_REQUIRES_AUTH: queries need credentials too. */
  readRequiresAuth: boolean;
  /** Set when AUTH_JWKS_URL is: JWTs from that identity provider are accepted. */
  jwt?: JwtOptions;
}
