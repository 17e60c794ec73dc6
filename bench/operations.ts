/**
 * The benchmark's operations: the README's questions on the synthetic graph (and the statements
 * pages), each as the service's GraphQL, the raw baseline's Cypher file and, where it can express
 * it, @neo4j/graphql's GraphQL, with a function that turns each answer into the same plain shape
 * so the harness can check that all three agree before timing them.
 */
import { buildLuceneQuery, makeSnippet } from '../src/resolvers/search.resolver';
import { type NodeType, toGlobalId } from '../src/schema/global-id';
import { BENCH_DISPUTE, orgId, speakerOfRank, shapeOf } from './generate';

type Json = unknown;
interface Side {
  query: string;
  variables?: Record<string, unknown>;
  pick: (data: Json) => Json;
}
export interface Operation {
  name: string;
  service: Side;
  raw: { name: string; params: Record<string, unknown>; pick: (rows: Record<string, Json>[]) => Json };
  /** @neo4j/graphql: it returns related nodes as lists and has no order for some; compared as sets. */
  ngql?: Side & { unordered: boolean };
}

const first = <T>(list: T[] | undefined): T | null => list?.[0] ?? null;
interface NgStatement {
  text: string;
  saidOn: string | null;
  speaker: { name: string }[];
  article: { id: string; headline: string }[];
}
const ngStatement = (s: NgStatement) => ({
  text: s.text,
  saidOn: s.saidOn,
  speaker: first(s.speaker),
  article: first(s.article.map((a) => ({ key: a.id, headline: a.headline }))),
});

/** Where the questions point in one graph: slugs, ids and the dispute. */
interface Targets {
  dispute: string;
  /** Positions with evidence (who opposed …) and the statements page by issue. */
  positionsSlug: string;
  byIssueSlug: string;
  timeline: { holderType: 'Person' | 'Organization'; holder: string; slug: string };
  alignmentSlug: string;
  /** Organization id whose spokespeople are asked for. */
  org: string;
}

const STATEMENT_FIELDS = 'text saidOn speaker { name } article { key headline }';

/** The questions both graphs can answer, aimed at the given targets. */
function commonOperations(t: Targets): Operation[] {
  const d = t.dispute;
  return [
    {
      name: 'positions+evidence',
      service: {
        query: `query ($d: String) { issue(slug: "${t.positionsSlug}", dispute: $d) { positions(stance: OPPOSE, first: 100) {
          holder { name } evidence { text speaker { name } article { key publishedOn } } } } }`,
        variables: { d },
        pick: (data) => (data as { issue: { positions: Json[] } }).issue.positions,
      },
      raw: {
        name: 'positions',
        params: { slug: t.positionsSlug, dispute: d, stance: 'OPPOSE', first: 100 },
        pick: (rows) => rows,
      },
      ngql: {
        // Each holder has one position per issue in the synthetic graph, so every position is the
        // latest there; on the seed a holder can have several (@neo4j/graphql returns them all).
        query: `query ($d: String!) { positions(where: { stance: { eq: "OPPOSE" }, issue: { some: { slug: { eq: "${t.positionsSlug}" }, dispute: { eq: $d } } } }) {
          holder { name } evidence { text start speaker { name } article { id publishedOn } } } }`,
        variables: { d },
        unordered: true,
        pick: (data) =>
          (
            data as {
              positions: {
                holder: { name: string }[];
                evidence: {
                  text: string;
                  start: number;
                  speaker: { name: string }[];
                  article: { id: string; publishedOn: string }[];
                }[];
              }[];
            }
          ).positions.map((p) => ({
            holder: first(p.holder),
            evidence: p.evidence
              .map((e) => ({ e, a: e.article[0] }))
              .sort(
                (x, y) =>
                  `${x.a.publishedOn}|${x.a.id}`.localeCompare(`${y.a.publishedOn}|${y.a.id}`) ||
                  x.e.start - y.e.start,
              )
              .map(({ e, a }) => ({
                text: e.text,
                speaker: first(e.speaker),
                article: { key: a.id, publishedOn: a.publishedOn },
              })),
          })),
      },
    },
    {
      name: 'statements page',
      service: {
        query: `{ statements(first: 20) { edges { node { ${STATEMENT_FIELDS} } } } }`,
        pick: (data) =>
          (data as { statements: { edges: { node: Json }[] } }).statements.edges.map((e) => e.node),
      },
      raw: { name: 'statements-page', params: { first: 20 }, pick: (rows) => rows.map((r) => r.node) },
      ngql: {
        query: `{ statements(sort: [{ saidOn: ASC }, { id: ASC }], limit: 20) {
          text saidOn speaker { name } article { id headline } } }`,
        unordered: false,
        pick: (data) => (data as { statements: NgStatement[] }).statements.map(ngStatement),
      },
    },
    {
      name: 'statements by issue',
      service: {
        query: `query ($d: String) { statements(first: 20, where: { issueSlug: "${t.byIssueSlug}", dispute: $d }) {
          edges { node { ${STATEMENT_FIELDS} } } } }`,
        variables: { d },
        pick: (data) =>
          (data as { statements: { edges: { node: Json }[] } }).statements.edges.map((e) => e.node),
      },
      raw: {
        name: 'statements-by-issue',
        params: { slug: t.byIssueSlug, dispute: d, first: 20 },
        pick: (rows) => rows.map((r) => r.node),
      },
      ngql: {
        query: `query ($d: String!) { statements(where: { issues: { some: { slug: { eq: "${t.byIssueSlug}" }, dispute: { eq: $d } } } },
          sort: [{ saidOn: ASC }, { id: ASC }], limit: 20) { text saidOn speaker { name } article { id headline } } }`,
        variables: { d },
        unordered: false,
        pick: (data) => (data as { statements: NgStatement[] }).statements.map(ngStatement),
      },
    },
    {
      name: 'timeline',
      service: {
        query: `query ($h: ID!, $d: String) { timeline(holderId: $h, issueSlug: "${t.timeline.slug}", dispute: $d) {
          date stance previousStance stanceChanged statement { text } } }`,
        variables: { h: toGlobalId(t.timeline.holderType, t.timeline.holder), d },
        pick: (data) => (data as { timeline: Json[] }).timeline,
      },
      raw: {
        name: 'timeline',
        params: { holder: t.timeline.holder, slug: t.timeline.slug, dispute: d, first: 50 },
        pick: (rows) => rows.map((r) => r.entry),
      },
    },
    {
      name: 'alignment',
      service: {
        query: `query ($d: String) { alignment(issueSlug: "${t.alignmentSlug}", dispute: $d) { stance holders { name } positions { evidence { text } } } }`,
        variables: { d },
        pick: (data) => (data as { alignment: Json[] }).alignment,
      },
      raw: {
        name: 'alignment',
        params: { slug: t.alignmentSlug, dispute: d },
        pick: (rows) => rows.map((r) => r.camp),
      },
    },
    {
      name: 'spokespeople',
      service: {
        query: `query ($o: ID!) { organization(id: $o) { spokespeople { person { name } titles evidence { text } } } }`,
        variables: { o: toGlobalId('Organization', t.org) },
        pick: (data) => (data as { organization: { spokespeople: Json[] } }).organization.spokespeople,
      },
      raw: { name: 'spokespeople', params: { org: t.org }, pick: (rows) => rows.map((r) => r.spokesperson) },
    },
    {
      name: 'figures',
      service: {
        query: `query ($d: String) { figures(measure: "planned-layoffs", dispute: $d) { value qualifier asReported article { key } } }`,
        variables: { d },
        pick: (data) => (data as { figures: Json[] }).figures,
      },
      raw: {
        name: 'figures',
        params: { measure: 'planned-layoffs', dispute: d, first: 50 },
        pick: (rows) => rows.map((r) => r.figure),
      },
    },
  ];
}

export function operations(statements: number): Operation[] {
  const shape = shapeOf(statements);
  const topSpeaker = speakerOfRank(0, shape);
  return commonOperations({
    dispute: BENCH_DISPUTE,
    positionsSlug: 'issue-1',
    byIssueSlug: 'issue-2',
    timeline: {
      holderType: topSpeaker.startsWith('b-org') ? 'Organization' : 'Person',
      holder: topSpeaker,
      slug: 'issue-1',
    },
    alignmentSlug: 'issue-2',
    org: orgId(10),
  });
}

const SEED_DISPUTE = 'ct-sebac-2011-concessions';

interface RawHit {
  label: string;
  key: string;
  score: number;
  name: string | null;
  aliases: string[];
  text: string | null;
}

/**
 * The README's question table on the curated seed (BENCH_SIZES=seed), with the slugs and ids of
 * seed/data/*.yaml. Where the README asks for `article { id }` these ask `article { key }` (the
 * same article, without the Relay encoding), and the vote question leaves out `passed`, `rule` and
 * `tally`, which the service derives in JavaScript from the rule's stored JSON readings.
 */
export function seedOperations(): Operation[] {
  const d = SEED_DISPUTE;
  const searchText = 'bargaining table';
  const words = searchText.split(/\s+/);
  return [
    ...commonOperations({
      dispute: d,
      positionsSlug: 'renegotiation',
      byIssueSlug: 'renegotiation',
      timeline: { holderType: 'Person', holder: 'dannel-malloy', slug: 'reopen-talks' },
      alignmentSlug: 'bylaw-change',
      org: 'sebac',
    }),
    {
      name: 'vote ballots',
      service: {
        query: `query ($d: String) { vote(slug: "sebac-2011-ratification", dispute: $d) { name
          ballots(outcome: REJECT) { unit { name } outcome evidence { text } } } }`,
        variables: { d },
        pick: (data) => (data as { vote: Json }).vote,
      },
      raw: {
        name: 'vote-ballots',
        params: { slug: 'sebac-2011-ratification', dispute: d, outcome: 'REJECT' },
        pick: (rows) => rows[0]?.vote ?? null,
      },
    },
    {
      name: 'connections',
      service: {
        query: `query ($from: ID!, $to: ID!) { connections(fromId: $from, toId: $to, maxHops: 4) {
          length steps { relation description evidence { text } } } }`,
        variables: { from: toGlobalId('Person', 'dannel-malloy'), to: toGlobalId('Organization', 'sebac') },
        pick: (data) => (data as { connections: Json[] }).connections,
      },
      raw: {
        name: 'connections',
        params: { fromKey: 'dannel-malloy', toKey: 'sebac', limit: 10 },
        pick: (rows) => rows.map((r) => r.path),
      },
    },
    {
      name: 'search',
      service: {
        query: `{ search(text: "${searchText}") { score snippet node { id __typename } } }`,
        pick: (data) => (data as { search: Json[] }).search,
      },
      raw: {
        name: 'search',
        params: { query: buildLuceneQuery(searchText), exact: searchText.toLowerCase(), limit: 10 },
        // The snippet is made from the returned text by the client, with the service's function.
        pick: (rows) =>
          rows.map((r) => {
            const hit = r.hit as RawHit;
            const source =
              hit.label === 'Person' || hit.label === 'Organization'
                ? [hit.name ?? '', ...hit.aliases.filter((alias) => alias !== hit.name)].join(' · ')
                : hit.label === 'Issue'
                  ? `${hit.name ?? ''}: ${hit.text ?? ''}`
                  : (hit.text ?? '');
            return {
              score: hit.score,
              snippet: makeSnippet(source, words),
              node: { id: toGlobalId(hit.label as NodeType, hit.key), __typename: hit.label },
            };
          }),
      },
    },
  ];
}
