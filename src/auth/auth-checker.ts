/**
 * type-graphql's authChecker for `@Authorized('editor')`: no viewer is UNAUTHENTICATED (401), a
 * weaker role FORBIDDEN (403). It throws our errors itself so that clients get our codes and the
 * HTTP status, not type-graphql's generic ones.
 */
import { type AuthChecker } from 'type-graphql';
import { type Context } from '../context';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import { isRole, roleAtLeast } from './roles';

export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  const needed = roles.find(isRole) ?? 'reader';
  const viewer = context.auth.viewer;
  if (viewer === null) {
    throw new UnauthenticatedError(
      `This needs the ${needed} role: send "Authorization: Bearer <token>" (npm run token -- create).`,
    );
  }
  if (!roleAtLeast(viewer.role, needed)) throw new ForbiddenError(needed, viewer.role);
  return true;
};
