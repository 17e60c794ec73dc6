import { type GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { ListArgs } from '../schema/args';
import { type Context } from '../context';
import { disputeScope, oneBySlug } from './dispute.resolver';
import { NotFoundError } from '../errors';
import { findAllIssues, findIssuesBySlug } from '../repositories/issue.repository';
import {
  findIssuePositionsBySlug,
  NO_POSITION_RELATIONS,
  type PositionRelations,
} from '../repositories/position.repository';
import { childArguments, selectedPaths, selectionTree, type SelectionTree } from './lookahead';
import { MAX_PAGE_SIZE } from '../schema/args';
import { Dispute } from '../schema/dispute.type';
import { Stance } from '../schema/enums';
import { Issue } from '../schema/issue.type';
import { Position } from '../schema/position.type';
import { DateScalar } from '../schema/scalars';
import { Statement } from '../schema/statement.type';

/** The latest position of each stakeholder on an issue (by id) as of a date, optionally of one stance. */
export async function latestPositions(
  ctx: Context,
  issueKey: string,
  asOf: string | null,
  stance: Stance | null,
  relations: PositionRelations = NO_POSITION_RELATIONS,
): Promise<Position[]> {
  // The stance goes into the query, so evidence is fetched only for the positions returned.
  const records = await ctx.loaders.latestPositionsByIssue.load({ issueKey, asOf, stance, relations });
  return records.map((record) => Position.from(record));
}

/**
 * What the positions' query should bring along, from the selection below a list of positions
 * (`prefix` is the path to them, '' when the field is the list itself).
 */
export function positionRelations(
  info: GraphQLResolveInfo,
  prefix: string,
  holderPath: string,
): PositionRelations {
  const selected = selectedPaths(info);
  return {
    holder: selected.has(holderPath),
    evidence: selected.has(`${prefix}evidence`),
    speaker: selected.has(`${prefix}evidence.speaker`),
    article: selected.has(`${prefix}evidence.article`),
  };
}

/** An issue by its id ("<dispute>/<slug>"), as records refer to it. */
export async function loadIssueOrFail(ctx: Context, key: string): Promise<Issue> {
  const record = await ctx.loaders.issue.load(key);
  if (record === null) throw new NotFoundError('issue', key);
  return Issue.from(record);
}

/**
 * An issue as clients name it: by slug, with the dispute when more than one dispute uses the
 * slug (BAD_USER_INPUT then says which disputes do).
 */
export async function issueBySlug(
  ctx: Context,
  slug: string,
  dispute: string | null | undefined,
): Promise<Issue> {
  // Both at once: the issue query needs only the dispute's name, and an unknown dispute finds no
  // issue, so its NOT_FOUND (checked first) is still the answer.
  const [scope, records] = await Promise.allSettled([
    disputeScope(ctx, dispute),
    findIssuesBySlug(ctx.db, slug, dispute ?? null),
  ]);
  if (scope.status === 'rejected') throw scope.reason;
  if (records.status === 'rejected') throw records.reason;
  return Issue.from(oneBySlug('issue', slug, scope.value, records.value));
}

/** The arguments of a selected `positions` field, when the root query can fetch it (see childArguments). */
export interface PositionsArguments {
  first: number;
  stance: string | null;
  asOf: string | null;
}

function positionsArguments(info: GraphQLResolveInfo): PositionsArguments | null {
  const args = childArguments(info, 'positions');
  if (args === null) return null;
  const first = args.first;
  // Out of bounds: the field's own resolver rejects it (BAD_USER_INPUT); the query must not run it.
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
    return null;
  return {
    first,
    stance: typeof args.stance === 'string' ? args.stance : null,
    asOf: typeof args.asOf === 'string' ? args.asOf : null,
  };
}

/**
 * An issue by slug and, when `args` is given, its positions for them, in one query projected for
 * `selection` (the issue's selection; its `positions` entry is the positions'). NOT_FOUND for an
 * unknown dispute or slug, BAD_USER_INPUT for a slug of several disputes without `dispute`.
 */
export async function issueWithPositions(
  ctx: Context,
  slug: string,
  dispute: string | null,
  selection: SelectionTree,
  args: PositionsArguments | null,
): Promise<Issue> {
  const rows = await findIssuePositionsBySlug(ctx.db, {
    slug,
    dispute,
    asOf: args?.asOf ?? null,
    stance: args?.stance ?? null,
    first: args?.first ?? 1,
    issue: selection,
    positions: args === null ? null : (selection.get('positions') ?? new Map()),
  });
  if (dispute !== null && rows[0]?.disputeKnown !== true) throw new NotFoundError('dispute', dispute);
  const found = rows.flatMap((row) =>
    row.issue === null ? [] : [{ ...row.issue, positions: row.positions }],
  );
  const { positions, ...record } = oneBySlug('issue', slug, dispute, found);
  const issue = Issue.from(record);
  if (args !== null) issue.preloadedPositions = { ...args, records: positions };
  return issue;
}

/** The description of every optional `dispute` argument that disambiguates a slug. */
export const DISPUTE_ARG =
  'The dispute (slug) the slug belongs to; needed only when several disputes use the slug.';

@Resolver(() => Issue)
export class IssueResolver {
  @Query(() => Issue, {
    description:
      'An issue by slug, e.g. "renegotiation". NOT_FOUND when unknown; BAD_USER_INPUT when several disputes use the slug and `dispute` is not given.',
  })
  async issue(
    @Arg('slug', () => String, { description: 'The issue’s slug; see `issues`.' }) slug: string,
    @Ctx() ctx: Context,
    @Arg('dispute', () => String, { nullable: true, description: DISPUTE_ARG }) dispute?: string | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Issue> {
    if (info === undefined) return issueBySlug(ctx, slug, dispute);
    return issueWithPositions(ctx, slug, dispute ?? null, selectionTree(info), positionsArguments(info));
  }

  @Query(() => [Issue], { description: 'Every issue, by dispute then slug.' })
  async issues(
    @Ctx() ctx: Context,
    @Args(() => ListArgs) { first }: ListArgs,
    @Arg('dispute', () => String, { nullable: true, description: 'Only the issues of this dispute (slug).' })
    dispute?: string | null,
  ): Promise<Issue[]> {
    return (await findAllIssues(ctx.db, await disputeScope(ctx, dispute), first)).map((record) =>
      Issue.from(record),
    );
  }

  @FieldResolver(() => Dispute, { description: 'The dispute the issue belongs to.' })
  async dispute(@Root() issue: Issue, @Ctx() ctx: Context): Promise<Dispute> {
    const record = await ctx.loaders.dispute.load(issue.disputeKey);
    if (record === null) throw new NotFoundError('dispute', issue.disputeKey);
    return Dispute.from(record);
  }

  @FieldResolver(() => [Position], {
    description:
      'For each stakeholder, its latest position on this issue as of `asOf` (default: latest known), optionally only one stance.',
  })
  async positions(
    @Root() issue: Issue,
    @Ctx() ctx: Context,
    @Args(() => ListArgs) { first }: ListArgs,
    @Arg('stance', () => Stance, { nullable: true, description: 'Only positions with this stance.' })
    stance?: Stance | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Positions as they stood on this date.' })
    asOf?: string | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Position[]> {
    const preloaded = issue.preloadedPositions;
    if (
      preloaded !== undefined &&
      preloaded.first === first &&
      preloaded.stance === (stance ?? null) &&
      preloaded.asOf === (asOf ?? null)
    ) {
      return preloaded.records.map((record) => Position.from(record));
    }
    const relations = info === undefined ? NO_POSITION_RELATIONS : positionRelations(info, '', 'holder');
    return (await latestPositions(ctx, issue.key, asOf ?? null, stance ?? null, relations)).slice(0, first);
  }

  @FieldResolver(() => [Statement], { description: 'Statements about this issue, oldest first.' })
  async statements(
    @Root() issue: Issue,
    @Ctx() ctx: Context,
    @Args(() => ListArgs) { first }: ListArgs,
  ): Promise<Statement[]> {
    return (await ctx.loaders.statementsByIssue.load(issue.key))
      .slice(0, first)
      .map((record) => Statement.from(record));
  }
}
