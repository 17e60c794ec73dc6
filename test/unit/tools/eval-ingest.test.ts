import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  evaluate,
  fixtureGold,
  labelled,
  report,
  summaryRow,
  type GoldArticle,
  type GoldStatement,
  pooled,
  readerAgreement,
  withoutCuesReadOff,
} from '../../../tools/eval-ingest';
import { knowledge } from '../ingest/knowledge';

const text = [
  '"We will sign the lease this week," Ana Lima said.',
  '"We will never sign the lease," Tom Reyes said.',
  'Tom Reyes said the alliance would meet on Monday.',
  'A sign read "Save the Harbor Plan Today" by the door.',
].join('\n\n');

/** A gold statement for `words` as they stand in `source` (the text above unless given). */
function gold(
  words: string,
  kind: string,
  speaker: string | null,
  stances: Record<string, string>,
  source = text,
): GoldStatement {
  const start = source.indexOf(words);
  if (start < 0) throw new Error(`not in the text: ${words}`);
  return {
    id: `g${start}`,
    kind,
    start,
    end: start + words.length,
    text: words,
    speaker,
    speakerName: null,
    issues: Object.keys(stances),
    stances: new Map(Object.entries(stances)),
    sharedMixed: new Set(),
  };
}

// The gold disagrees with the pipeline on purpose: a speaker (Kim Park, not Reyes), a stance
// (SUPPORT, not the OPPOSE of "never sign"), and a quote the pipeline cannot find (a sign's words).
const article: GoldArticle = {
  id: 'harbor-news',
  text,
  publishedOn: '2024-05-02',
  newPeople: [],
  positions: [],
  lettersQuoted: true,
  statements: [
    gold('We will sign the lease this week,', 'DIRECT_QUOTE', 'ana-lima', { lease: 'SUPPORT' }),
    gold('We will never sign the lease,', 'DIRECT_QUOTE', 'kim-park', { lease: 'SUPPORT' }),
    gold('Tom Reyes said the alliance would meet on Monday.', 'PARAPHRASE', 'tom-reyes', {}),
    gold('Save the Harbor Plan Today', 'DIRECT_QUOTE', null, {}),
  ],
};

describe('eval:ingest', () => {
  const counts = evaluate([article], () => knowledge);

  it('reads a gold that lists a sentence twice where it starts, as a turn and as the report inside it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'gold-'));
    try {
      const turn = 'Ana Lima told us the lease is fair. That is her view.';
      await writeFile(
        path.join(dir, 'show.txt'),
        `---\noutlet: Harbor Radio\npublishedOn: 2024-05-02\n---\nHOST: ${turn}\n\n"Yes," Tom Reyes said. "Yes," he said again.\n`,
      );
      await writeFile(
        path.join(dir, 'show.gold.yaml'),
        [
          'quotes:',
          `  - text: '${turn}'`,
          '    speaker: null',
          "  - text: 'Ana Lima told us the lease is fair.'",
          '    kind: PARAPHRASE',
          '    speaker: ana-lima',
          "  - text: 'Yes,'",
          '    speaker: tom-reyes',
          "  - text: 'Yes,'",
          '    speaker: tom-reyes',
        ].join('\n'),
      );
      const [show] = await fixtureGold(dir);
      const starts = show?.statements.map((s) => [s.kind, s.start]);
      const at = show?.text.indexOf('Ana Lima') ?? -1;
      const yes = show?.text.indexOf('"Yes,"') ?? -1;
      expect(starts).toEqual([
        ['DIRECT_QUOTE', at],
        ['PARAPHRASE', at],
        ['DIRECT_QUOTE', yes + 1],
        ['DIRECT_QUOTE', (show?.text.indexOf('"Yes," he') ?? -1) + 1],
      ]);
      expect(new Set(show?.statements.map((s) => s.id)).size).toBe(4);
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it('counts quotes found, missed and attributed against the gold', () => {
    expect(counts.predictedQuotes).toBe(2);
    expect(counts.goldQuotes).toBe(3);
    expect(counts.matchedQuotes).toBe(2);
    expect(counts.speakerRight).toBe(1);
    expect(counts.matchedParaphrases).toBe(1);
    expect(counts.paraphraseSpeakerRight).toBe(1);
  });

  it('pairs each gold stance with the proposal and lists every miss', () => {
    expect(counts.stancePairs.map(({ gold: g, predicted }) => `${g}/${predicted}`)).toEqual([
      'SUPPORT/SUPPORT',
      'SUPPORT/OPPOSE',
    ]);
    const misses = counts.misses.join('\n');
    expect(misses).toMatch(/missed quote @\d+ "Save the Harbor Plan Today"/);
    expect(misses).toMatch(
      /speaker @\d+ "We will never sign the lease,": tom-reyes \(after-quote:[^)]*\), gold kim-park/,
    );
    expect(misses).toMatch(/stance @\d+ "We will never sign the lease," on lease: OPPOSE, gold SUPPORT/);
  });

  it('prints precision, recall, accuracy and per-class F1 from those counts', () => {
    // quote P 2/2, R 2/3, speaker 1/2, paraphrase P 1/1, R 1/1, issue F1 1, stance F1 of
    // SUPPORT 2·1·0.5/1.5, no curated position (only proposed ones, gold NONE).
    expect(summaryRow('harbor', counts).split(/\s+/)).toEqual([
      'harbor',
      '1.000',
      '0.667',
      '0.500',
      '1.000',
      '1.000',
      '1.000',
      '0.667',
      '0.000',
    ]);
    const lines = report('harbor', counts);
    expect(lines).toContain('  per-quote stance F1 SUPPORT  0.667');
    expect(lines.find((l) => l.startsWith('quote recall'))).toMatch(/0\.667 \(2\/3\)$/);
  });

  it('matches a quote holding a nested quote to the outer gold, not the inner one', () => {
    const nested = '“My aide told me, ‘Sign the lease,’ so I did,” Ana Lima said.';
    const outer = gold(
      'My aide told me, ‘Sign the lease,’ so I did,',
      'DIRECT_QUOTE',
      'ana-lima',
      {},
      nested,
    );
    const inner = gold('Sign the lease,', 'DIRECT_QUOTE', null, {}, nested);
    const result = evaluate(
      [{ ...article, id: 'nested', text: nested, statements: [outer, inner] }],
      () => knowledge,
    );
    expect(result.matchedQuotes).toBe(1);
    expect(result.speakerRight).toBe(1);
    const quoteMisses = result.misses.filter((m) => / (?:quote|speaker) @/.test(m));
    expect(quoteMisses).toEqual([expect.stringMatching(/^nested missed quote @\d+ "Sign the lease,"/)]);
  });

  it('scores a letters page’s own sentences only when the gold counts them (lettersQuoted)', () => {
    const page = [
      'Sign it now',
      'The lease is fair. The alliance should sign the lease this week.',
      'Carla Diaz',
      'Mystic',
      'Wait for the vote',
      'Nobody has read the lease yet. Let the members vote first.',
      'Omar Kell',
      'Groton',
    ]
      .join('\n\n')
      .replace(/(Carla Diaz|Omar Kell)\n\n/g, '$1\n');
    const signed = gold(
      'The alliance should sign the lease this week.',
      'DIRECT_QUOTE',
      'Carla Diaz',
      {},
      page,
    );
    const letters = { ...article, id: 'letters', text: page, statements: [signed] };
    // Four sentences read as the signers' words; the gold has one of them.
    expect(evaluate([letters], () => knowledge).predictedQuotes).toBe(4);
    const quotedOnly = evaluate([{ ...letters, lettersQuoted: false }], () => knowledge);
    expect(quotedOnly.predictedQuotes).toBe(0);
    expect(quotedOnly.misses).toContainEqual(
      expect.stringMatching(/^letters missed quote @\d+ "The alliance should sign/),
    );
  });

  it('gives the learned stage each gold statement with its speaker, its issues and the side shown, none where it is only about one', () => {
    const aboutOnly = {
      ...gold('Tom Reyes said the alliance would meet on Monday.', 'PARAPHRASE', 'tom-reyes', {}),
    };
    aboutOnly.issues = ['lease'];
    const examples = labelled([
      { ...article, statements: [article.statements[0], aboutOnly].flatMap((s) => s ?? []) },
    ]);
    expect(examples).toEqual([
      {
        text: 'We will sign the lease this week,',
        speaker: 'ana-lima',
        issues: [{ slug: 'lease', stance: 'SUPPORT' }],
      },
      {
        text: 'Tom Reyes said the alliance would meet on Monday.',
        speaker: 'tom-reyes',
        issues: [{ slug: 'lease', stance: null }],
      },
    ]);
  });

  it('scores independent readers’ labels of the stance pairs against the gold, a missing label as NONE, and how often two readers agree', () => {
    const never = {
      ...gold('We will never sign the lease,', 'DIRECT_QUOTE', 'tom-reyes', {
        lease: 'OPPOSE',
        port: 'MIXED',
      }),
    };
    never.sharedMixed = new Set(['port']);
    const sides: GoldArticle = {
      ...article,
      statements: [
        gold('We will sign the lease this week,', 'DIRECT_QUOTE', 'ana-lima', { lease: 'SUPPORT' }),
        never,
      ],
    };
    const label = (words: string, issue: string, stance: string) => ({
      article: 'harbor-news',
      start: text.indexOf(words),
      issue,
      stance,
    });
    const lines = readerAgreement(
      [sides],
      new Map([
        [
          'right',
          [
            label('We will sign', 'lease', 'SUPPORT'),
            label('We will never', 'lease', 'OPPOSE'),
            label('We will never', 'port', 'MIXED'),
          ],
        ],
        // OPPOSE read as SUPPORT, the MIXED pair left out.
        ['off', [label('We will sign', 'lease', 'SUPPORT'), label('We will never', 'lease', 'SUPPORT')]],
      ]),
    );
    expect(lines).toEqual([
      '3 gold pairs (MIXED 1, OPPOSE 1, SUPPORT 1)',
      'reader right: per-quote stance macro-F1 1.000, quote-level 1.000; MIXED 1.000, OPPOSE 1.000, SUPPORT 1.000',
      // SUPPORT: 1 right, 1 false (F1 0.667); OPPOSE and MIXED none right. The quote-level pairs
      // leave out the MIXED one read over several statements: (0.667 + 0) / 2.
      'reader off: per-quote stance macro-F1 0.222, quote-level 0.333; MIXED 0.000, OPPOSE 0.000, SUPPORT 0.667',
      'readers right and off give the same label to 0.333 (1/3) of the pairs',
    ]);
  });

  it('pools several sets into one: spans and pairs added up, paraphrases only from sets whose gold lists them', () => {
    // The same article, its gold once without the paraphrase.
    const quotesOnly = { ...article, statements: article.statements.filter((s) => s.kind !== 'PARAPHRASE') };
    const one = evaluate([quotesOnly], () => knowledge);
    const two = evaluate([article], () => knowledge);
    expect(one.goldParaphrases).toBe(0);
    expect(two.goldParaphrases).toBe(1);
    const both = pooled([one, two]);
    expect(both.goldQuotes).toBe(one.goldQuotes + two.goldQuotes);
    expect(both.stancePairs).toEqual([...one.stancePairs, ...two.stancePairs]);
    // The set without paraphrase gold adds none of its proposed paraphrases as false ones.
    expect(both.predictedParaphrases).toBe(two.predictedParaphrases);
    expect(both.matchedParaphrases).toBe(two.matchedParaphrases);
    const issue = (c: typeof one) => c.issue.get('lease') ?? { tp: 0, fp: 0, fn: 0 };
    expect(both.issue.get('lease')).toEqual({
      tp: issue(one).tp + issue(two).tp,
      fp: issue(one).fp + issue(two).fp,
      fn: issue(one).fn + issue(two).fn,
    });
  });

  it('scores without the cues of two words or more read off the articles, unless a list written without them has the phrase', () => {
    const texts = ['The board is Signing the Lease today, a bad deal, they say.'];
    const result = withoutCuesReadOff(knowledge, texts, new Set());
    expect(result.dropped).toEqual(['lease: sign* the lease', 'lease: bad deal']);
    expect(result.knowledge.issues[0]?.cues).toEqual([{ phrase: 'lease', stance: null }]);
    expect(result.knowledge.issues[1]?.cues).toEqual(knowledge.issues[1]?.cues);
    const kept = withoutCuesReadOff(knowledge, texts, new Set(['bad deal']));
    expect(kept.dropped).toEqual(['lease: sign* the lease']);
    expect(withoutCuesReadOff(knowledge, ['They signed no lease.'], new Set()).dropped).toEqual([]);
  });
});
