/**
 * The benchmark's operations: the README's questions on the synthetic graph (and the statements
 * pages), each as the service's GraphQL, the raw baseline's Cypher file and, where it can express
 * it, @neo4j/graphql's GraphQL, with a function that turns each answer into the same plain shape
 * so the harness can check that all three agree before timing them.
 */
import { toGlobalId } from '../src/schema/global-id';
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

export function operations(statements: number): Operation[] {
  const shape = shapeOf(statements);
  const topSpeaker = speakerOfRank(0, shape);
  const org = orgId(10);
  const d = BENCH_DISPUTE;
  const STATEMENT_FIELDS = 'text saidOn speaker { name } article { key headline }';
  return [
    {
      name: 'positions+evidence',
      service: {
        query: `query ($d: String) { issue(slug: "issue-1", dispute: $d) { positions(stance: OPPOSE, first: 100) {
          holder { name } evidence { text speaker { name } article { key publishedOn } } } } }`,
        variables: { d },
        pick: (data) => (data as { issue: { positions: Json[] } }).issue.positions,
      },
      raw: {
        name: 'positions',
        params: { slug: 'issue-1', dispute: d, stance: 'OPPOSE', first: 100 },
        pick: (rows) => rows,
      },
      ngql: {
        // Each holder has one position per issue in this graph, so every position is the latest.
        query: `query ($d: String!) { positions(where: { stance: { eq: "OPPOSE" }, issue: { some: { slug: { eq: "issue-1" }, dispute: { eq: $d } } } }) {
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
        query: `query ($d: String) { statements(first: 20, where: { issueSlug: "issue-2", dispute: $d }) {
          edges { node { ${STATEMENT_FIELDS} } } } }`,
        variables: { d },
        pick: (data) =>
          (data as { statements: { edges: { node: Json }[] } }).statements.edges.map((e) => e.node),
      },
      raw: {
        name: 'statements-by-issue',
        params: { slug: 'issue-2', dispute: d, first: 20 },
        pick: (rows) => rows.map((r) => r.node),
      },
      ngql: {
        query: `query ($d: String!) { statements(where: { issues: { some: { slug: { eq: "issue-2" }, dispute: { eq: $d } } } },
          sort: [{ saidOn: ASC }, { id: ASC }], limit: 20) { text saidOn speaker { name } article { id headline } } }`,
        variables: { d },
        unordered: false,
        pick: (data) => (data as { statements: NgStatement[] }).statements.map(ngStatement),
      },
    },
    {
      name: 'timeline',
      service: {
        query: `query ($h: ID!, $d: String) { timeline(holderId: $h, issueSlug: "issue-1", dispute: $d) {
          date stance previousStance stanceChanged statement { text } } }`,
        variables: {
          h: toGlobalId(topSpeaker.startsWith('b-org') ? 'Organization' : 'Person', topSpeaker),
          d,
        },
        pick: (data) => (data as { timeline: Json[] }).timeline,
      },
      raw: {
        name: 'timeline',
        params: { holder: topSpeaker, slug: 'issue-1', dispute: d, first: 50 },
        pick: (rows) => rows.map((r) => r.entry),
      },
    },
    {
      name: 'alignment',
      service: {
        query: `query ($d: String) { alignment(issueSlug: "issue-2", dispute: $d) { stance holders { name } positions { evidence { text } } } }`,
        variables: { d },
        pick: (data) => (data as { alignment: Json[] }).alignment,
      },
      raw: {
        name: 'alignment',
        params: { slug: 'issue-2', dispute: d },
        pick: (rows) => rows.map((r) => r.camp),
      },
    },
    {
      name: 'spokespeople',
      service: {
        query: `query ($o: ID!) { organization(id: $o) { spokespeople { person { name } titles evidence { text } } } }`,
        variables: { o: toGlobalId('Organization', org) },
        pick: (data) => (data as { organization: { spokespeople: Json[] } }).organization.spokespeople,
      },
      raw: { name: 'spokespeople', params: { org }, pick: (rows) => rows.map((r) => r.spokesperson) },
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

/** The README's questions on the curated seed graph (BENCH_SIZES=seed). */
export function seedOperations(): Operation[] {
  return [];
}
