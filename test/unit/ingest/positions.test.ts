import { proposePositions } from '../../../src/ingest/positions';
import { type EntityRef, type ProposedStatement, type Stance } from '../../../src/ingest/types';

const person = (id: string): EntityRef => ({
  name: id,
  id,
  isNew: false,
  type: 'PERSON',
  link: 'name',
  role: null,
});
const org = (id: string): EntityRef => ({ ...person(id), type: 'ORGANIZATION' });

function statement(
  speaker: EntityRef,
  stances: Record<string, Stance>,
  onBehalfOf: EntityRef | null = null,
): ProposedStatement {
  return {
    kind: 'DIRECT_QUOTE',
    text: 'x',
    start: 0,
    end: 1,
    paragraph: 1,
    speaker,
    onBehalfOf,
    rule: 'after-quote:speaker-verb',
    medium: 'SPOKEN',
    confidence: 0.9,
    saidOn: null,
    issues: Object.entries(stances).map(([slug, stance]) => ({
      slug,
      stance,
      confidence: 0.65,
      lowConfidence: false,
      cues: [],
    })),
  };
}

describe('proposePositions', () => {
  it('calls a holder who both supports and opposes an issue MIXED', () => {
    const positions = proposePositions([
      statement(person('lima'), { lease: 'SUPPORT' }),
      statement(person('lima'), { lease: 'OPPOSE' }),
    ]);
    expect(positions).toHaveLength(1);
    expect(positions[0]).toMatchObject({ issue: 'lease', stance: 'MIXED', evidence: [0, 1] });
  });

  it('outvotes one statement against four, not one against three', () => {
    const votes = (support: number): ProposedStatement[] => [
      ...Array.from({ length: support }, () => statement(person('lima'), { lease: 'SUPPORT' })),
      statement(person('lima'), { lease: 'OPPOSE' }),
    ];
    const [four] = proposePositions(votes(4));
    expect(four).toMatchObject({ stance: 'SUPPORT', evidence: [0, 1, 2, 3, 4] });
    // The dissent lowers the confidence: 0.65 × 0.8 + 0.05 × 4.
    expect(four?.confidence).toBe(0.72);
    expect(proposePositions(votes(3))[0]?.stance).toBe('MIXED');
  });

  it('counts a MIXED statement half on each side', () => {
    const mixed = statement(person('lima'), { lease: 'MIXED' });
    expect(proposePositions([mixed])[0]?.stance).toBe('MIXED');
    const support = statement(person('lima'), { lease: 'SUPPORT' });
    expect(proposePositions([mixed, support])[0]?.stance).toBe('MIXED');
    expect(proposePositions([mixed, support, support, support])[0]?.stance).toBe('SUPPORT');
    const oppose = statement(person('lima'), { lease: 'OPPOSE' });
    expect(proposePositions([mixed, oppose, oppose, oppose])[0]?.stance).toBe('OPPOSE');
  });

  it('gives a spokesman’s stance to the organization he speaks for', () => {
    const [position] = proposePositions([statement(person('reyes'), { strike: 'SUPPORT' }, org('dwa'))]);
    expect(position?.holder.id).toBe('dwa');
    expect(position?.stance).toBe('SUPPORT');
  });

  it('keeps topic-only mentions NEUTRAL, and agreement raises the confidence', () => {
    const [neutral] = proposePositions([statement(person('lima'), { lease: 'NEUTRAL' })]);
    expect(neutral?.stance).toBe('NEUTRAL');
    const one = proposePositions([statement(person('lima'), { lease: 'SUPPORT' })])[0]?.confidence ?? 0;
    const two =
      proposePositions([
        statement(person('lima'), { lease: 'SUPPORT' }),
        statement(person('lima'), { lease: 'SUPPORT' }),
      ])[0]?.confidence ?? 0;
    expect(two).toBeGreaterThan(one);
  });

  it('proposes nothing for an unattributed statement', () => {
    expect(proposePositions([{ ...statement(person('x'), { lease: 'SUPPORT' }), speaker: null }])).toEqual(
      [],
    );
  });
});
