import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { type Context } from '../context';
import { NotFoundError } from '../errors';
import { findFiguresByIds } from '../repositories/figure.repository';
import { AuditEntry } from '../schema/audit.type';
import { ReportedFigure } from '../schema/event.type';
import { fromGlobalId } from '../schema/global-id';
import {
  AddFigureInput,
  CreateVoteInput,
  FigurePayload,
  RecordBallotInput,
  RecordTallyInput,
  VotePayload,
} from '../schema/vote.input';
import { type AuditEntryRecord } from '../repositories/audit.repository';
import { addFigureWrite } from '../write/figure.write';
import { createVoteWrite, recordBallotWrite, recordTallyWrite } from '../write/vote.write';
import { voteBySlug } from './vote.resolver';
import { dated, statementKeys } from './inputs';
import { viewerOf } from './stakeholder-mutation.resolver';

/** Votes as sources report them (the vote, each source's tally, named ballots) and reported figures. */
@Resolver()
export class VoteMutationResolver {
  @Authorized('editor')
  @Mutation(() => VotePayload, {
    description:
      'Adds a vote to a dispute with its ratification rule (readings and thresholds, each with evidence). Tallies and ballots follow with recordTally and recordBallot. Needs the editor role.',
  })
  async createVote(
    @Arg('input', () => CreateVoteInput, { description: 'The vote, its rule, and why.' })
    input: CreateVoteInput,
    @Ctx() ctx: Context,
  ): Promise<VotePayload> {
    const { key, audit } = await createVoteWrite(ctx.db, viewerOf(ctx), {
      dispute: input.dispute,
      slug: input.slug ?? null,
      name: input.name,
      agreement: input.agreement ?? null,
      closedOn: input.closedOn == null ? null : dated(input.closedOn),
      ruleDescription: input.rule.description,
      readings: input.rule.readings.map((reading) => ({
        id: reading.id,
        name: reading.name,
        thresholds: reading.thresholds.map((threshold) => ({
          measure: threshold.measure,
          atLeast: threshold.atLeast,
          ...(threshold.outOf == null ? {} : { outOf: threshold.outOf }),
          ...(threshold.base == null ? {} : { base: threshold.base }),
          evidence: statementKeys(threshold.evidenceIds, 'input.rule.readings.thresholds.evidenceIds'),
        })),
        evidence: statementKeys(reading.evidenceIds, 'input.rule.readings.evidenceIds'),
      })),
      ruleEvidence: statementKeys(input.rule.evidenceIds, 'input.rule.evidenceIds'),
      issueSlugs: input.issueSlugs,
      evidence: statementKeys(input.evidenceIds),
      reason: input.reason,
    });
    return votePayload(ctx, key, audit);
  }

  @Authorized('editor')
  @Mutation(() => VotePayload, {
    description:
      'Adds one source’s report of a vote’s result: its statements all from one article, one tally per article, never merged with other sources. Needs the editor role.',
  })
  async recordTally(
    @Arg('input', () => RecordTallyInput, { description: 'The vote, the counts, their source, and why.' })
    input: RecordTallyInput,
    @Ctx() ctx: Context,
  ): Promise<VotePayload> {
    const vote = await voteKey(ctx, input.voteSlug, input.dispute);
    const { audit } = await recordTallyWrite(ctx.db, viewerOf(ctx), {
      vote,
      expectedVersion: input.expectedVersion ?? null,
      counts: {
        unionsTotal: input.unionsTotal ?? null,
        unionsFor: input.unionsFor ?? null,
        unionsAgainst: input.unionsAgainst ?? null,
        bargainingUnitsTotal: input.bargainingUnitsTotal ?? null,
        bargainingUnitsFor: input.bargainingUnitsFor ?? null,
        bargainingUnitsAgainst: input.bargainingUnitsAgainst ?? null,
        memberShareFor: input.memberShareFor ?? null,
      },
      evidence: statementKeys(input.evidenceIds),
      reason: input.reason,
    });
    return votePayload(ctx, vote, audit);
  }

  @Authorized('editor')
  @Mutation(() => VotePayload, {
    description: 'Records how one named unit voted (once per unit and vote). Needs the editor role.',
  })
  async recordBallot(
    @Arg('input', () => RecordBallotInput, { description: 'The vote, the unit, its vote, and why.' })
    input: RecordBallotInput,
    @Ctx() ctx: Context,
  ): Promise<VotePayload> {
    const vote = await voteKey(ctx, input.voteSlug, input.dispute);
    const { audit } = await recordBallotWrite(ctx.db, viewerOf(ctx), {
      vote,
      expectedVersion: input.expectedVersion ?? null,
      unit: fromGlobalId(input.unitId, 'input.unitId', ['Organization']).key,
      outcome: input.outcome,
      evidence: statementKeys(input.evidenceIds),
      reason: input.reason,
    });
    return votePayload(ctx, vote, audit);
  }

  @Authorized('editor')
  @Mutation(() => FigurePayload, {
    description:
      'Adds a number as one article reports it; asReported must be verbatim in a source statement. Reports of one measure are never merged. Needs the editor role.',
  })
  async addFigure(
    @Arg('input', () => AddFigureInput, { description: 'The figure, its source, and why.' })
    input: AddFigureInput,
    @Ctx() ctx: Context,
  ): Promise<FigurePayload> {
    const { key, audit } = await addFigureWrite(ctx.db, viewerOf(ctx), {
      dispute: input.dispute,
      measure: input.measure,
      value: input.value,
      unit: input.unit,
      qualifier: input.qualifier ?? null,
      asReported: input.asReported,
      on: input.on == null ? null : dated(input.on),
      attributedTo:
        input.attributedToId == null
          ? null
          : fromGlobalId(input.attributedToId, 'input.attributedToId', ['Person', 'Organization']).key,
      issueSlugs: input.issueSlugs,
      evidence: statementKeys(input.evidenceIds),
      reason: input.reason,
    });
    const [record] = await findFiguresByIds(ctx.db, [key]);
    if (record === undefined) throw new NotFoundError('figure', key);
    return { figure: ReportedFigure.from(record), auditEntry: AuditEntry.from(audit) };
  }
}

/** The vote's id from slug + dispute, as the vote query resolves them. */
async function voteKey(ctx: Context, slug: string, dispute: string | null | undefined): Promise<string> {
  const vote = await voteBySlug(ctx, slug, dispute ?? null);
  return `${vote.dispute}/${vote.slug}`;
}

async function votePayload(ctx: Context, key: string, audit: AuditEntryRecord): Promise<VotePayload> {
  const dispute = key.slice(0, key.indexOf('/'));
  const slug = key.slice(key.indexOf('/') + 1);
  return { vote: await voteBySlug(ctx, slug, dispute), auditEntry: AuditEntry.from(audit) };
}
