import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ListArgs } from '../schema/args';
import { type Context } from '../context';
import { NotFoundError } from '../errors';
import { findAllIssues } from '../repositories/issue.repository';
import { Stance } from '../schema/enums';
import { Issue } from '../schema/issue.type';
import { Position } from '../schema/position.type';
import { DateScalar } from '../schema/scalars';
import { Statement } from '../schema/statement.type';

/** The latest position of each stakeholder on an issue as of a date, optionally of one stance. */
export async function latestPositions(
  ctx: Context,
  slug: string,
  asOf: string | null,
  stance: Stance | null,
): Promise<Position[]> {
  const records = await ctx.loaders.latestPositionsByIssue.load({ slug, asOf });
  const positions = records.map((record) => Position.from(record));
  return stance === null ? positions : positions.filter((position) => position.stance === stance);
}

export async function loadIssueOrFail(ctx: Context, slug: string): Promise<Issue> {
  const record = await ctx.loaders.issue.load(slug);
  if (record === null) throw new NotFoundError('issue', slug);
  return Issue.from(record);
}

@Resolver(() => Issue)
export class IssueResolver {
  @Query(() => Issue, {
    description: 'An issue in dispute by slug, e.g. "renegotiation". NOT_FOUND when unknown.',
  })
  issue(
    @Arg('slug', () => String, { description: 'The issue’s slug; see `issues`.' }) slug: string,
    @Ctx() ctx: Context,
  ): Promise<Issue> {
    return loadIssueOrFail(ctx, slug);
  }

  @Query(() => [Issue], { description: 'Every issue in dispute, by slug.' })
  async issues(@Ctx() { db }: Context, @Args(() => ListArgs) { first }: ListArgs): Promise<Issue[]> {
    return (await findAllIssues(db, first)).map((record) => Issue.from(record));
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
  ): Promise<Position[]> {
    return (await latestPositions(ctx, issue.slug, asOf ?? null, stance ?? null)).slice(0, first);
  }

  @FieldResolver(() => [Statement], { description: 'Statements about this issue, oldest first.' })
  async statements(
    @Root() issue: Issue,
    @Ctx() ctx: Context,
    @Args(() => ListArgs) { first }: ListArgs,
  ): Promise<Statement[]> {
    return (await ctx.loaders.statementsByIssue.load(issue.slug))
      .slice(0, first)
      .map((record) => Statement.from(record));
  }
}
