import {
  features,
  learnedFor,
  learnIssues,
  prepareLearned,
  MIN_POSITIVES,
  MIN_STATEMENTS,
  withLearnedIssues,
} from '../../../src/ingest/learned';
import { type IssueProposal, type LabelledStatement } from '../../../src/ingest/types';
import { harbourStatements } from '../../helpers/learning-corpus';

/** The harbour statements, labelled, and a few about ferry fares: fewer than an issue needs. */
function corpus(): LabelledStatement[] {
  const out: LabelledStatement[] = harbourStatements().map((s) => ({
    text: s.text,
    issues: s.about ? [{ slug: 'dredging', stance: s.stance }] : [],
  }));
  // Fewer statements about ferry fares than an issue needs to be learned.
  for (let i = 0; i < MIN_POSITIVES - 1; i += 1)
    out.push({ text: `The ferry fare went up ${i} cents.`, issues: [{ slug: 'ferry-fares', stance: null }] });
  return out;
}

const SLUGS = ['dredging', 'ferry-fares'];
const STATEMENTS = corpus();
const model = learnIssues(STATEMENTS, SLUGS);

const slugsOf = (proposals: IssueProposal[]) => proposals.map((p) => p.slug);

describe('features', () => {
  it('reads lower-case words and adjacent pairs, each once, with curly apostrophes straightened', () => {
    expect(features('Don’t move the silt, don’t')).toEqual([
      "don't",
      "don't move",
      'move',
      'move the',
      'the',
      'the silt',
      'silt',
      "silt don't",
    ]);
  });
});

describe('learnIssues', () => {
  it('learns nothing from fewer reviewed statements than the minimum', () => {
    expect(STATEMENTS.length).toBeGreaterThanOrEqual(MIN_STATEMENTS);
    expect(learnIssues(STATEMENTS.slice(0, MIN_STATEMENTS - 1), SLUGS)).toBeNull();
    expect(learnIssues(STATEMENTS.slice(0, MIN_STATEMENTS), SLUGS)).not.toBeNull();
  });

  it('learns only the issues with enough statements about them', () => {
    expect([...(model?.issues.keys() ?? [])]).toEqual(['dredging']);
    expect(model?.examples).toBe(STATEMENTS.length);
  });
});

describe('withLearnedIssues', () => {
  it('adds an issue no cue found, with the side the words take, marked low and learned', () => {
    const [support] = withLearnedIssues(model, 'Honestly, we need a deeper berth here.', []);
    expect(support).toMatchObject({
      slug: 'dredging',
      stance: 'SUPPORT',
      lowConfidence: true,
      learned: true,
    });
    expect(support?.confidence).toBeLessThan(0.5);
    expect(support?.cues).toEqual([
      expect.stringMatching(
        new RegExp(
          `^learned: about 0\\.\\d\\d, SUPPORT 0\\.\\d\\d \\(from ${STATEMENTS.length} reviewed statements\\)$`,
        ),
      ),
    ]);
    const [oppose] = withLearnedIssues(model, 'That silt would kill the oyster beds.', []);
    expect(oppose).toMatchObject({ slug: 'dredging', stance: 'OPPOSE', learned: true });
  });

  it('adds nothing to words about something else, nor for an issue it did not learn', () => {
    expect(withLearnedIssues(model, 'The market opens on Saturday by the library.', [])).toEqual([]);
    expect(slugsOf(withLearnedIssues(model, 'The ferry fare went up 9 cents.', []))).not.toContain(
      'ferry-fares',
    );
  });

  it('turns a side the cues read only where the model reads the other one with little doubt, and gives one to an issue the cues found only as a topic', () => {
    const cue = (stance: IssueProposal['stance']): IssueProposal => ({
      slug: 'dredging',
      stance,
      confidence: stance === 'NEUTRAL' ? 0.3 : 0.65,
      lowConfidence: stance === 'NEUTRAL',
      cues: ['dredg*'],
    });
    const text = 'Dredging means a deeper berth for the port.';
    expect(withLearnedIssues(model, text, [cue('SUPPORT')])).toEqual([cue('SUPPORT')]);
    const [turned] = withLearnedIssues(model, text, [cue('OPPOSE')]);
    expect(turned).toMatchObject({ stance: 'SUPPORT', learned: true, lowConfidence: true });
    expect(turned?.confidence).toBeLessThan(0.5);
    expect(turned?.cues).toEqual([
      'dredg*',
      expect.stringMatching(/^learned: SUPPORT 0\.\d\d, over the cues' OPPOSE /),
    ]);
    // Both sides' words: the model is in doubt, so the cues' side stands.
    const torn = 'Dredging means a deeper berth near the oyster beds.';
    expect(withLearnedIssues(model, torn, [cue('OPPOSE')])).toEqual([cue('OPPOSE')]);
    expect(withLearnedIssues(model, torn, [cue('SUPPORT')])).toEqual([cue('SUPPORT')]);
    const [sided] = withLearnedIssues(model, text, [cue('NEUTRAL')]);
    expect(sided).toMatchObject({ stance: 'SUPPORT', learned: true, lowConfidence: true });
    expect(sided?.cues[0]).toBe('dredg*');
    expect(sided?.cues[1]).toMatch(/^learned: SUPPORT /);
  });

  it('changes nothing without a model', () => {
    const proposals: IssueProposal[] = [];
    expect(withLearnedIssues(null, 'a deeper berth', proposals)).toBe(proposals);
  });
});

describe('withLearnedIssues, by speaker', () => {
  // The same statements, each said by its side's speaker: Quill for dredging, Marsh against.
  const spoken = learnIssues(
    harbourStatements().map((s) => ({
      text: s.text,
      speaker: s.stance === 'SUPPORT' ? 'pat-quill' : s.stance === 'OPPOSE' ? 'lou-marsh' : null,
      issues: s.about ? [{ slug: 'dredging', stance: s.stance }] : [],
    })),
    SLUGS,
  );
  const topic: IssueProposal = {
    slug: 'dredging',
    stance: 'NEUTRAL',
    confidence: 0.3,
    lowConfidence: true,
    cues: ['dredg*'],
  };

  it('reads words that show both sides by who says them', () => {
    expect(features('Dredge it', 'pat-quill')).toContain('@pat-quill');
    // Words both sides use as often ("Frankly, … this year").
    const either = 'Frankly, dredging it this year.';
    expect(withLearnedIssues(spoken, either, [topic], 'pat-quill')[0]?.stance).toBe('SUPPORT');
    expect(withLearnedIssues(spoken, either, [topic], 'lou-marsh')[0]?.stance).toBe('OPPOSE');
    // The note says how many of the statements learned from were the speaker's.
    expect(withLearnedIssues(spoken, either, [topic], 'pat-quill')[0]?.cues[1]).toMatch(
      /^learned: SUPPORT 0\.\d\d \(from 400 reviewed statements, 100 of them this speaker's\)$/,
    );
  });
});

describe('learnedFor', () => {
  it('trains once for the same content, reads the same every time, and nothing without statements', () => {
    const once = learnedFor(STATEMENTS, SLUGS);
    expect(
      learnedFor(
        STATEMENTS.map((s) => ({ ...s })),
        SLUGS,
      ),
    ).toBe(once);
    const text = 'The big ships need deeper water.';
    expect(withLearnedIssues(once, text, [])).toEqual(
      withLearnedIssues(learnIssues(STATEMENTS, SLUGS), text, []),
    );
    expect(learnedFor(undefined, SLUGS)).toBeNull();
    expect(learnedFor([], SLUGS)).toBeNull();
  });
});

describe('prepareLearned', () => {
  it('trains with the event loop served between models, then learnedFor finds the same model', async () => {
    // Content of its own (one statement more), so no model is cached for it yet.
    const statements = [...STATEMENTS, { text: 'The ferry is late again.', issues: [] }];
    let finished = false;
    const preparing = prepareLearned(statements, SLUGS).then(() => {
      finished = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(finished).toBe(false);
    await preparing;
    const text = 'Honestly, we need a deeper berth here.';
    expect(withLearnedIssues(learnedFor(statements, SLUGS), text, [])).toEqual(
      withLearnedIssues(learnIssues(statements, SLUGS), text, []),
    );
    expect(learnedFor(statements, SLUGS)).toBe(learnedFor(statements, SLUGS));
  });

  it('does nothing for too few statements', async () => {
    await expect(prepareLearned(STATEMENTS.slice(0, MIN_STATEMENTS - 1), SLUGS)).resolves.toBeUndefined();
    expect(learnedFor(STATEMENTS.slice(0, MIN_STATEMENTS - 1), SLUGS)).toBeNull();
  });
});
