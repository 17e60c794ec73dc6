import { ThresholdMeasure } from '../../src/schema/enums';
import { evaluateReading, ReportedTally, ruleOutcome, Tally } from '../../src/schema/vote.type';

function tally(fields: Partial<Record<string, number>>): Tally {
  const report = ReportedTally.from({
    key: 't',
    unionsTotal: null,
    unionsFor: null,
    unionsAgainst: null,
    bargainingUnitsTotal: null,
    bargainingUnitsFor: null,
    bargainingUnitsAgainst: null,
    memberShareFor: null,
    evidenceKeys: [],
    articleKeys: [],
    ...fields,
  });
  return Tally.combine([report]);
}

const reading = (id: string, thresholds: { measure: ThresholdMeasure; atLeast: number }[]) => ({
  id,
  name: id,
  evidence: ['s'],
  thresholds: thresholds.map((t) => ({ ...t, evidence: ['s'] })),
});

const UNITS = reading('units', [{ measure: ThresholdMeasure.UNIONS_FOR, atLeast: 14 }]);
const SHARE = reading('share', [
  { measure: ThresholdMeasure.UNIONS_FOR, atLeast: 14 },
  { measure: ThresholdMeasure.MEMBER_SHARE_FOR, atLeast: 0.8 },
]);

describe('vote rules as data', () => {
  it('passes a reading when every threshold holds, counting approvals as total − against when unreported', () => {
    const result = evaluateReading(UNITS, tally({ unionsTotal: 15, unionsAgainst: 1 }));
    expect(result.passed).toBe(true);
    expect(result.thresholds[0]).toMatchObject({ actual: 14, met: true });
  });

  it('fails a reading when any threshold fails, even if another is unknown', () => {
    const result = evaluateReading(SHARE, tally({ unionsFor: 11 }));
    expect(result.passed).toBe(false);
    expect(result.thresholds.map((t) => t.met)).toEqual([false, null]);
  });

  it('leaves a reading undecided when a needed figure is unreported', () => {
    expect(evaluateReading(SHARE, tally({ unionsFor: 15 })).passed).toBeNull();
  });

  it('decides the rule by the readings the tally can decide, and only when they agree', () => {
    const passing = evaluateReading(UNITS, tally({ unionsFor: 15, memberShareFor: 0.5 }));
    const failing = evaluateReading(SHARE, tally({ unionsFor: 15, memberShareFor: 0.5 }));
    const undecided = evaluateReading(SHARE, tally({ unionsFor: 15 }));
    expect(ruleOutcome([passing, undecided])).toEqual({ passed: true, decidedBy: ['units'] });
    expect(ruleOutcome([failing])).toEqual({ passed: false, decidedBy: ['share'] });
    expect(ruleOutcome([passing, failing])).toEqual({ passed: null, decidedBy: [] });
    expect(ruleOutcome([undecided])).toEqual({ passed: null, decidedBy: [] });
  });
});
