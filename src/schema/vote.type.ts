import { Field, Float, Int, ObjectType } from 'type-graphql';
import {
  type AgreementRecord,
  type BallotRecord,
  type TallyRecord,
  type VoteRecord,
} from '../repositories/records';
import { BallotOutcome, DatePrecision } from './enums';
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

@ObjectType({
  description: 'One source’s report of a vote’s aggregate result; fields it does not report are null.',
})
export class ReportedTally {
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

  static from(record: TallyRecord): ReportedTally {
    return Object.assign(new ReportedTally(), record, { articleKeys: [...record.articleKeys].sort() });
  }
}

@ObjectType({
  description:
    'The reported aggregate result, combined over every source: a figure is given when the sources that report it agree, and null (with the disagreement in conflicts) when they do not.',
})
export class Tally extends ReportedTally {
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

@ObjectType({ description: 'How one named unit voted, with the words that say so.' })
export class Ballot {
  @Field(() => BallotOutcome, { description: 'APPROVE or REJECT.' })
  outcome!: BallotOutcome;

  unitKey!: string;
  evidenceKeys!: string[];

  static from(record: BallotRecord): Ballot {
    return Object.assign(new Ballot(), { ...record, outcome: record.outcome as BallotOutcome });
  }
}

@ObjectType({ description: 'The rule a vote was decided by.' })
export class VoteRule {
  @Field(() => String, { description: 'The rule in words, with how sources describe it.' })
  description!: string;
  @Field(() => Int, { description: 'Unions that had to approve.' })
  unionsRequired!: number;
  @Field(() => Int, { description: 'Unions voting.' })
  unionsTotal!: number;
  @Field(() => Float, { description: 'Share of membership the approving unions had to represent, 0 to 1.' })
  memberShareRequired!: number;

  evidenceKeys!: string[];
}

@ObjectType({ description: 'A ratification vote: its rule, reported tallies and named ballots.' })
export class Vote {
  @Field(() => String, { description: 'Stable slug, e.g. "sebac-2011-ratification".' })
  slug!: string;

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
    description:
      'Whether the vote met its rule, computed from the rule and the combined tally: enough unions approved (unionsFor, or unionsTotal − unionsAgainst).',
  })
  passed!: boolean;

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
    return Object.assign(new Vote(), {
      slug: record.key,
      name: record.name,
      closedOn: record.closedOn,
      closedOnPrecision: record.closedOnPrecision as DatePrecision | null,
      closedOnInferred: record.closedOnInferred,
      closedOnNote: record.closedOnNote,
      rule: record.ruleDescription,
      ruleDetails: Object.assign(new VoteRule(), {
        description: record.ruleDescription,
        unionsRequired: record.unionsRequired,
        unionsTotal: record.unionsTotal,
        memberShareRequired: record.memberShareRequired,
        evidenceKeys: record.ruleEvidenceKeys,
      }),
      passed: votePassed(record.unionsRequired, tally),
      tally,
      reportedTallies,
      ballotRecords: record.ballots.map((ballot) => Ballot.from(ballot)),
      evidenceKeys: record.evidenceKeys,
      agreementKey: record.agreementKey,
    });
  }
}

/**
 * The union count decides: the member-share condition only matters once enough unions approve,
 * and no source reports the share of members in approving unions.
 */
export function votePassed(unionsRequired: number, tally: Tally): boolean {
  const approving =
    tally.unionsFor ??
    (tally.unionsTotal !== null && tally.unionsAgainst !== null
      ? tally.unionsTotal - tally.unionsAgainst
      : null);
  return approving !== null && approving >= unionsRequired;
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
