/**
 * What the ingestion pipeline needs to know, read from the curated seed instead of the graph
 * (for `npm run eval:ingest` and `npm run ingest -- --dry-run`, which need no database).
 */
import { type Knowledge } from '../src/ingest/types';
import { type Seed } from './read';

export function knowledgeFromSeed(seed: Seed, dispute?: string): Knowledge {
  const { entities } = seed;
  const slugs = new Set(
    entities.issues.filter((i) => dispute === undefined || i.dispute === dispute).map((i) => i.slug),
  );
  const positions = seed.articles.flatMap((a) => a.file.positions);
  // As cypher/suggestion/find-ingest-examples.cypher reads them from the graph: each statement's
  // issues, with the stance of its speaker's (or principal's) positions citing it.
  const examples = seed.articles
    .flatMap((a) => a.file.statements)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((s) => ({
      text: s.text,
      issues: s.issues
        .filter((slug) => slugs.has(slug))
        .sort()
        .map((slug) => {
          const stances = new Set(
            positions
              .filter(
                (p) =>
                  p.issue === slug &&
                  p.evidence.includes(s.id) &&
                  (p.holder === s.speaker || p.holder === s.onBehalfOf),
              )
              .map((p) => p.stance),
          );
          const [only] = stances;
          return { slug, stance: stances.size > 1 ? ('MIXED' as const) : (only ?? null) };
        }),
    }));
  return {
    examples,
    stakeholders: [
      ...entities.people.map((p) => ({
        id: p.id,
        name: p.name,
        aliases: p.aliases,
        type: 'PERSON' as const,
        kind: null,
      })),
      ...entities.organizations.map((o) => ({
        id: o.id,
        name: o.name,
        aliases: o.aliases,
        type: 'ORGANIZATION' as const,
        kind: o.kind,
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
