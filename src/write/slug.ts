/**
 * Ids for new nodes: a readable slug of the name ("Ana Lima" → "ana-lima"), like the curated keys.
 * The database adds a random suffix when the slug is taken.
 */
import { randomBytes } from 'node:crypto';

export function slugify(name: string, fallback: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? fallback : slug;
}

/** Six base-36 characters: enough that two creators of one name in the same instant rarely collide. */
export function slugSuffix(): string {
  return [...randomBytes(6)].map((byte) => (byte % 36).toString(36)).join('');
}
