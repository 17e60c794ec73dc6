import { corpusOf, expectData } from '../helpers/api';
import { HARBOR } from '../helpers/fixtures';
import { startTestServer, type TestServer } from '../helpers/test-server';

interface Figure {
  measure: string;
  value: number;
  unit: string;
  qualifier: string | null;
  asReported: string;
  article: { id: string; key: string };
  attributedTo: { name: string } | null;
  evidence: { text: string }[];
}

const FIGURES = `query ($measure: String, $dispute: String) {
  figures(measure: $measure, dispute: $dispute) {
    measure value unit qualifier asReported article { id key } attributedTo { name } evidence { text }
  }
}`;

let server: TestServer;
let layoffs: Figure[];
beforeAll(async () => {
  server = await startTestServer();
  layoffs = expectData(
    await server.graphql<{ figures: Figure[] }>(FIGURES, {
      measure: 'planned-layoffs',
      dispute: 'ct-sebac-2011-concessions',
    }),
  ).figures;
});
afterAll(() => server.close());

describe('figures of planned layoffs', () => {
  it('returns the five reports side by side, each with its own article', () => {
    const reports = layoffs.map((figure) => [
      figure.article.key,
      figure.value,
      figure.qualifier,
      figure.asReported,
    ]);
    expect(reports).toEqual(
      expect.arrayContaining([
        ['ctnewsjunkie-2011-06-27', 7500, 'as many as', 'as many as 7,500'],
        ['hearst-2011-06-29', 5500, 'about', 'including about 5,500 by layoffs'],
        ['ctnewsjunkie-2011-07-05', 6700, null, 'laying off 6,700 state employees'],
        ['ctmirror-2011-07-05', 6700, 'nearly', 'nearly 6,700 layoffs'],
        ['hearst-2011-07-07', 6600, 'as many as', 'as many as 6,600 layoffs'],
      ]),
    );
    expect(reports).toHaveLength(5);
  });

  it('never merges the two reports of 6,700 from different articles', () => {
    const sixSeven = layoffs.filter((figure) => figure.value === 6700);
    expect(sixSeven.map((figure) => figure.article.key).sort()).toEqual([
      'ctmirror-2011-07-05',
      'ctnewsjunkie-2011-07-05',
    ]);
    expect(sixSeven.map((figure) => figure.qualifier).sort()).toEqual(['nearly', null].sort());
  });

  it('gives each report an article id that refetches the article holding its words', async () => {
    for (const figure of layoffs) {
      const { node } = expectData(
        await server.graphql<{ node: { key: string; text: string } }>(
          'query ($id: ID!) { node(id: $id) { ... on Article { key text } } }',
          { id: figure.article.id },
        ),
      );
      expect(node.key).toBe(figure.article.key);
      expect(node.text).toContain(figure.asReported);
    }
  });

  it('backs each report with evidence that contains the figure as reported, verbatim in its article', () => {
    for (const figure of layoffs) {
      expect(figure.evidence.length).toBeGreaterThanOrEqual(1);
      expect(figure.evidence.some((evidence) => evidence.text.includes(figure.asReported))).toBe(true);
      for (const evidence of figure.evidence) expect(corpusOf(figure.article.key)).toContain(evidence.text);
    }
  });

  it('quotes the 7,500 threat verbatim: “as many as 7,500 almost immediately”', () => {
    const threat = layoffs.find((figure) => figure.value === 7500);
    expect(threat?.evidence.map((evidence) => evidence.text)).toEqual([
      'Last week he threatened to send out as many as 7,500 almost immediately, but has since said he will try to reduce that number wherever possible.',
    ]);
  });

  it('attributes every planned-layoffs figure to Dannel P. Malloy', () => {
    expect(new Set(layoffs.map((figure) => figure.attributedTo?.name))).toEqual(
      new Set(['Dannel P. Malloy']),
    );
  });

  it('returns only figures of the requested measure', () => {
    expect(new Set(layoffs.map((figure) => figure.measure))).toEqual(new Set(['planned-layoffs']));
  });

  it('keeps each dispute’s reports of a measure apart when a dispute is named, and together when not', async () => {
    const harbor = expectData(
      await server.graphql<{ figures: Figure[] }>(FIGURES, { measure: 'planned-layoffs', dispute: HARBOR }),
    ).figures;
    expect(harbor.map((figure) => [figure.value, figure.asReported])).toEqual([
      [40, 'plans 40 layoffs among office staff'],
    ]);
    const all = expectData(
      await server.graphql<{ figures: Figure[] }>(FIGURES, { measure: 'planned-layoffs' }),
    ).figures;
    expect(all).toHaveLength(layoffs.length + 1);
  });

  it('returns an empty list for an unknown measure', async () => {
    const data = expectData(
      await server.graphql<{ figures: Figure[] }>(FIGURES, { measure: 'no-such-measure' }),
    );
    expect(data.figures).toEqual([]);
  });
});
