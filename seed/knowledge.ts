/**
 * What the ingestion pipeline needs to know, read from the curated seed instead of the graph
 * (for `npm run eval:ingest` and `npm run ingest -- --dry-run`, which need no database).
 */
import { type Knowledge } from '../src/ingest/types';
import { type Seed } from './read';

export function knowledgeFromSeed(seed: Seed, dispute?: string): Knowledge {
  const { entities } = seed;
  return {
    stakeholders: [
      ...entities.people.map((p) => ({
        id: p.id,
        name: p.name,
        aliases: p.aliases,
        type: 'PERSON' as const,
      })),
      ...entities.organizations.map((o) => ({
        id: o.id,
        name: o.name,
        aliases: o.aliases,
        type: 'ORGANIZATION' as const,
      })),
    ],
    roles: seed.articles.flatMap((a) =>
      a.file.roles.map((r) => ({
        personId: r.person,
        organizationId: r.organization,
        title: r.title,
        since: r.since?.date ?? null,
        until: r.until?.date ?? null,
      })),
    ),
    issues: entities.issues
      .filter((i) => dispute === undefined || i.dispute === dispute)
      .map((i) => ({
        slug: i.slug,
        name: i.name,
        cues: i.cues.map((c) => ({ phrase: c.phrase, stance: c.stance ?? null })),
      })),
  };
}
