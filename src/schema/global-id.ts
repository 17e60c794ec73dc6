/**
 * Opaque global ids (Relay object identification): base64url of "Type:key". Clients must not
 * parse them; the server decodes them to find the type and the curated key.
 */
import { BadUserInputError } from '../errors';

export const NODE_TYPES = [
  'Person',
  'Organization',
  'Article',
  'Statement',
  'Issue',
  'Position',
  'Event',
  'Dispute',
  'Suggestion',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export function toGlobalId(type: NodeType, key: string): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

export interface DecodedId {
  type: NodeType;
  key: string;
}

/** Decodes a global id; throws BAD_USER_INPUT naming the argument when it is not one of ours. */
export function fromGlobalId(id: string, argument: string, expected?: readonly NodeType[]): DecodedId {
  const decoded = /^[A-Za-z0-9_-]{1,400}$/.test(id) ? Buffer.from(id, 'base64url').toString('utf8') : '';
  const colon = decoded.indexOf(':');
  const type = decoded.slice(0, colon) as NodeType;
  const key = decoded.slice(colon + 1);
  if (colon <= 0 || key.length === 0 || !NODE_TYPES.includes(type)) {
    throw new BadUserInputError(
      `${argument}: "${id.slice(0, 80)}" is not a valid id. Use the id field of an object returned by this API.`,
      argument,
    );
  }
  if (expected !== undefined && !expected.includes(type)) {
    throw new BadUserInputError(
      `${argument}: expected the id of a ${expected.join(' or ')}, got the id of a ${type}.`,
      argument,
    );
  }
  return { type, key };
}
