import { Field, Float, Int, ObjectType } from 'type-graphql';
import {
  type AgreementRecord,
  type BallotRecord,
  type TallyRecord,
  type VoteRecord,
} from '../repositories/records';
import { BallotOutcome, DatePrecision, ThresholdMeasure } from './enums';
import { Recorded } from './node.interface';
import { preloadedOf } from './preloaded';
import { provenanceOf } from './provenance';
import { DateScalar } from './scalars';

const TALLY_FIELDS = [
  'unionsTotal',
  'unionsFor',
  'unionsAgainst',
  'bargainingUnitsTotal',
  'bargainingUnitsFor',
  'bargainingUnitsAgainst',
  'memberShareFor',
] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeScript requires any[] for mixins
type Constructor = abstract new (...args: any[]) => object;

/**
 * The seven counts a tally can report, as a mixin: a source's ReportedTally (a Recorded fact)
 * and the combined Tally share them without sharing a base class.
 */
function withTallyFields<Base extends Constructor>(base: Base) {
  @ObjectType()
  abstract class TallyFields extends base {
    @Field(() => Int, { nullable: true, description: 'Unions that voted.' })
    unionsTotal!: number | null;
    @Field(() => Int, { nullable: true, description: 'Unions that approved.' })
    unionsFor!: number | null;
    @Field(() => Int, { nullable: true, description: 'Unions that rejected.' })
    unionsAgainst!: number | null;
    @Field(() => Int, { nullable: true, description: 'Bargaining units that voted.' })
    bargainingUnitsTotal!: number | null;
    @Field(() => Int, { nullable: true, description: 'Bargaining units that approved.' })
    bargainingUnitsFor!: number | null;
    @Field(() => Int, { nullable: true, description: 'Bargaining units that rejected.' })
    bargainingUnitsAgainst!: number | null;
    @Field(() => Float, { nullable: true, description: 'Share of members voting yes, 0 to 1.' })
    memberShareFor!: number | null;

    evidenceKeys!: string[];
    articleKeys!: string[];
  }
  return TallyFields;
}

@ObjectType({
  implements: Recorded,
  description: 'One source’s report of a vote’s aggregate result; fields it does not report are null.',
})
export class ReportedTally extends withTallyFields(Recorded) {
  static from(record: TallyRecord): ReportedTally {
    return Object.assign(new ReportedTally(), record, provenanceOf(record), {
      articleKeys: [...record.articleKeys].sort(),
    });
  }
}

@ObjectType({
  description:
    'The reported aggregate result, combined over every source: a figure is given when the sources that report it agree, and null (with the disagreement in conflicts) when they do not.',
})
export class Tally extends withTallyFields(Object) {
  @Field(() => [String], { description: 'Fields whose sources disagree, left null above.' })
  conflicts!: string[];

  static combine(reports: ReportedTally[]): Tally {
    const tally = Object.assign(new Tally(), { conflicts: [] as string[] });
    for (const field of TALLY_FIELDS) {
      const values = [...new Set(reports.map((report) => report[field]).filter((value) => value !== null))];
      tally[field] = values.length === 1 ? (values[0] ?? null) : null;
      if (values.length > 1) tally.conflicts.push(field);
    }
    tally.evidenceKeys = reports.flatMap((report) => report.evidenceKeys);
    tally.articleKeys = [...new Set(reports.flatMap((report) => report.articleKeys))].sort();
    return tally;
  }
}

@ObjectType({ implements: Recorded, description: 'How one named unit voted, with the words that say so.' })
export class Ballot extends Recorded {
  @Field(() => BallotOutcome, { description: 'APPROVE or REJECT.' })
  outcome!: BallotOutcome;

  unitKey!: string;
  evidenceKeys!: string[];

  preloaded!: Partial<Pick<BallotRecord, 'unit' | 'evidence'>>;

  static from(record: BallotRecord): Ballot {
    return Object.assign(new Ballot(), {
      ...record,
      ...provenanceOf(record),
      outcome: record.outcome as BallotOutcome,
      // Null is "not fetched" (a ballot always has a unit and an evidence list).
      preloaded: preloadedOf({ unit: record.unit ?? undefined, evidence: record.evidence ?? undefined }, [
        'unit',
        'evidence',
      ]),
    });
  }
}

/** A rule reading as stored (seed/schema.ts RuleReading). */
interface ReadingData {
  id: string;
  name: string;
  thresholds: {
    measure: ThresholdMeasure;
    atLeast: number;
    outOf?: number;
    base?: string;
    evidence: string[];
  }[];
  evidence: string[];
}

@ObjectType({ description: 'One condition of a rule reading, checked against the combined tally.' })
export class Threshold {
  @Field(() => ThresholdMeasure, { description: 'What is counted.' })
  measure!: ThresholdMeasure;
  @Field(() => Float, {
    description: 'The least value that meets the condition (a count, or a share 0 to 1).',
  })
  atLeast!: number;
  @Field(() => Int, { nullable: true, description: 'For counts: out of how many ("14 of 15").' })
  outOf!: number | null;
  @Field(() => String, { nullable: true, description: 'What a share is a share of, in the source’s words.' })
  base!: string | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'The value the combined tally gives for the measure; null when no source reports it or the sources disagree.',
  })
  actual!: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the condition holds; null when actual is unknown.',
  })
  met!: boolean | null;

  evidenceKeys!: string[];
}

@ObjectType({
  description:
    'One reading of a vote rule (sources can word a rule differently; readings are kept side by side): every threshold must hold.',
})
export class RuleReading {
  @Field(() => String, { description: 'Stable id of the reading within its vote.' })
  key!: string;
  @Field(() => String, { description: 'The reading in words, with the source that words it so.' })
  name!: string;
  @Field(() => [Threshold], { description: 'Conditions, all required.' })
  thresholds!: Threshold[];
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the vote met this reading: false when any threshold fails, true when all hold, null when the tally cannot tell.',
  })
  passed!: boolean | null;

  evidenceKeys!: string[];
}

@ObjectType({ description: 'The rule a vote was decided by, as data: its readings and their sources.' })
export class VoteRule {
  @Field(() => String, { description: 'The rule in words, with how sources describe it.' })
  description!: string;
  @Field(() => [RuleReading], { description: 'The readings of the rule, each checked against the tally.' })
  readings!: RuleReading[];

  evidenceKeys!: string[];
}

/** The combined tally's value for a measure; null when unreported or in conflict. */
function measured(measure: ThresholdMeasure, tally: Tally): number | null {
  const approving = (count: number | null, total: number | null, against: number | null) =>
    count ?? (total !== null && against !== null ? total - against : null);
  switch (measure) {
    case ThresholdMeasure.UNIONS_FOR:
      return approving(tally.unionsFor, tally.unionsTotal, tally.unionsAgainst);
    case ThresholdMeasure.BARGAINING_UNITS_FOR:
      return approving(tally.bargainingUnitsFor, tally.bargainingUnitsTotal, tally.bargainingUnitsAgainst);
    case ThresholdMeasure.MEMBER_SHARE_FOR:
      return tally.memberShareFor;
    case ThresholdMeasure.APPROVING_MEMBERSHIP_SHARE:
      return null; // no tally field carries it: no source reports it
  }
}

/** Checks one reading against the combined tally. */
export function evaluateReading(reading: ReadingData, tally: Tally): RuleReading {
  const thresholds = reading.thresholds.map((t) => {
    const actual = measured(t.measure, tally);
    return Object.assign(new Threshold(), {
      measure: t.measure,
      atLeast: t.atLeast,
      outOf: t.outOf ?? null,
      base: t.base ?? null,
      actual,
      met: actual === null ? null : actual >= t.atLeast,
      evidenceKeys: t.evidence,
    });
  });
  const passed = thresholds.some((t) => t.met === false)
    ? false
    : thresholds.every((t) => t.met === true)
      ? true
      : null;
  return Object.assign(new RuleReading(), {
    key: reading.id,
    name: reading.name,
    thresholds,
    passed,
    evidenceKeys: reading.evidence,
  });
}

/**
 * The outcome of the whole rule: the readings that can be decided must agree. Returns the
 * outcome (null when no reading can be decided, or decided readings disagree) and the readings
 * it rests on.
 */
export function ruleOutcome(readings: readonly RuleReading[]): {
  passed: boolean | null;
  decidedBy: string[];
} {
  const decided = readings.filter((reading) => reading.passed !== null);
  const outcomes = new Set(decided.map((reading) => reading.passed));
  if (outcomes.size !== 1) return { passed: null, decidedBy: [] };
  return { passed: decided[0]?.passed ?? null, decidedBy: decided.map((reading) => reading.key) };
}

@ObjectType({
  implements: Recorded,
  description: 'A ratification vote: its rule, reported tallies and named ballots.',
})
export class Vote extends Recorded {
  @Field(() => String, {
    description: 'Stable slug, e.g. "sebac-2011-ratification"; unique within its dispute.',
  })
  slug!: string;

  @Field(() => String, { description: 'The slug of the dispute the vote belongs to.' })
  dispute!: string;

  @Field(() => String, { description: 'Name of the vote.' })
  name!: string;

  @Field(() => DateScalar, { nullable: true, description: 'When voting closed.' })
  closedOn!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How precise closedOn is.' })
  closedOnPrecision!: DatePrecision | null;

  @Field(() => Boolean, { description: 'True when closedOn was inferred; see closedOnNote.' })
  closedOnInferred!: boolean;

  @Field(() => String, { nullable: true, description: 'How closedOn was inferred.' })
  closedOnNote!: string | null;

  @Field(() => String, { description: 'The ratification rule in words.' })
  rule!: string;

  @Field(() => VoteRule, { description: 'The ratification rule, structured, with its sources.' })
  ruleDetails!: VoteRule;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the vote met its whole rule, every threshold of every reading checked against the combined tally; null when the tally cannot tell or the readings disagree. decidedBy names the readings used.',
  })
  passed!: boolean | null;

  @Field(() => [String], {
    description:
      'The keys of the rule readings that decide `passed` (all those the tally can decide; they agree).',
  })
  decidedBy!: string[];

  @Field(() => Tally, { description: 'The reported aggregates combined over sources.' })
  tally!: Tally;

  @Field(() => [ReportedTally], { description: 'Each source’s report separately, never merged.' })
  reportedTallies!: ReportedTally[];

  ballotRecords!: Ballot[];
  evidenceKeys!: string[];
  agreementKey!: string | null;

  static from(record: VoteRecord): Vote {
    const reportedTallies = record.tallies.map((tally) => ReportedTally.from(tally));
    const tally = Tally.combine(reportedTallies);
    const readings = (JSON.parse(record.ruleReadings) as ReadingData[]).map((reading) =>
      evaluateReading(reading, tally),
    );
    return Object.assign(new Vote(), {
      ...provenanceOf(record),
      slug: record.slug,
      dispute: record.disputeKey,
      name: record.name,
      closedOn: record.closedOn,
      closedOnPrecision: record.closedOnPrecision as DatePrecision | null,
      closedOnInferred: record.closedOnInferred,
      closedOnNote: record.closedOnNote,
      rule: record.ruleDescription,
      ruleDetails: Object.assign(new VoteRule(), {
        description: record.ruleDescription,
        readings,
        evidenceKeys: record.ruleEvidenceKeys,
      }),
      ...ruleOutcome(readings),
      tally,
      reportedTallies,
      ballotRecords: record.ballots.map((ballot) => Ballot.from(ballot)),
      evidenceKeys: record.evidenceKeys,
      agreementKey: record.agreementKey,
    });
  }
}

@ObjectType({ description: 'A term or a yearly saving of an agreement, with its source.' })
export class AgreementTerm {
  @Field(() => String, { description: 'TERM (a provision) or SAVING (money saved in a fiscal year).' })
  kind!: string;
  @Field(() => String, { description: 'The term in words.' })
  text!: string;
  @Field(() => String, { nullable: true, description: 'Fiscal year of a SAVING, e.g. "2012-13".' })
  fiscalYear!: string | null;
  @Field(() => Float, { nullable: true, description: 'Amount of a SAVING in US dollars.' })
  amountUsd!: number | null;

  evidenceKeys!: string[];
}

@ObjectType({
  description: 'The concession agreement put to the vote: value, terms and savings, each sourced.',
})
export class Agreement {
  @Field(() => String, { description: 'Stable curated key.' })
  key!: string;
  @Field(() => String, { description: 'Name of the agreement.' })
  name!: string;
  @Field(() => Float, { nullable: true, description: 'Reported value in US dollars (e.g. 1.6 billion).' })
  valueUsd!: number | null;
  @Field(() => [AgreementTerm], { description: 'Main terms and savings by fiscal year.' })
  terms!: AgreementTerm[];

  partyKeys!: string[];
  evidenceKeys!: string[];

  static from(record: AgreementRecord): Agreement {
    return Object.assign(new Agreement(), {
      ...record,
      terms: record.terms.map((term) => Object.assign(new AgreementTerm(), term)),
    });
  }
}
