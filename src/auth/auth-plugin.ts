/**
 * Refuses an operation before it runs when the credentials sent do not check out, or when reading
 * needs credentials (READ_REQUIRES_AUTH) and none came. Per-field roles are @Authorized's job.
 */
import { type ApolloServerPlugin } from '@apollo/server';
import { type Context } from '../context';
import { UnauthenticatedError } from '../errors';

export function authPlugin(options: { readRequiresAuth: boolean }): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ contextValue }) {
          const { auth } = contextValue;
          if (auth.failure !== null) throw auth.failure;
          if (options.readRequiresAuth && auth.viewer === null) {
            throw new UnauthenticatedError(
              'This server requires credentials for every request: send "Authorization: Bearer <token>".',
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
