import { classifyIssues } from '../../../src/ingest/stance';
import { knowledge } from './knowledge';

const stanceOn = (text: string, slug: string) =>
  classifyIssues(text, knowledge.issues).find((i) => i.slug === slug);

describe('classifyIssues', () => {
  it('reads support from a cue said plainly', () => {
    expect(stanceOn('We want to sign the lease this week.', 'lease')?.stance).toBe('SUPPORT');
  });

  it('flips the cue under a negation in its clause', () => {
    expect(stanceOn("We won't sign the lease.", 'lease')?.stance).toBe('OPPOSE');
    expect(stanceOn('I do not think we should be signing the lease.', 'lease')?.stance).toBe('OPPOSE');
  });

  it('cancels a double negation', () => {
    expect(stanceOn('We are not opposed to signing the lease.', 'lease')?.stance).toBe('SUPPORT');
  });

  it('keeps negation to its own clause', () => {
    expect(stanceOn("We don't agree with everything, but we will sign the lease.", 'lease')?.stance).toBe(
      'SUPPORT',
    );
  });

  it('marks a topic-only mention as a low-confidence NEUTRAL', () => {
    const lease = stanceOn('The lease is long.', 'lease');
    expect(lease?.stance).toBe('NEUTRAL');
    expect(lease?.lowConfidence).toBe(true);
  });

  it('calls cues of both stances MIXED, and ignores issues with no cue', () => {
    expect(stanceOn('It is a bad deal, but we will sign the lease.', 'lease')?.stance).toBe('MIXED');
    expect(stanceOn('It is a bad deal, but we will sign the lease.', 'strike')).toBeUndefined();
  });

  it('lets a longer cue hide the shorter one inside it', () => {
    expect(stanceOn('sign the lease', 'lease')?.cues).toEqual(['sign* the lease (+)']);
  });
});
