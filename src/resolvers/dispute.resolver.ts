import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { type Context } from '../context';
import { BadUserInputError, NotFoundError } from '../errors';
import { findDisputes } from '../repositories/dispute.repository';
import { findAllIssues } from '../repositories/issue.repository';
import { ListArgs } from '../schema/args';
import { Dispute } from '../schema/dispute.type';
import { Issue } from '../schema/issue.type';

/**
 * Checks an optional `dispute` argument: null stays null (no scope); an unknown slug is
 * NOT_FOUND rather than an empty list, so a typo is not mistaken for "nothing happened".
 */
export async function disputeScope(ctx: Context, dispute: string | null | undefined): Promise<string | null> {
  if (dispute == null) return null;
  if ((await ctx.loaders.dispute.load(dispute)) === null) throw new NotFoundError('dispute', dispute);
  return dispute;
}

/**
 * Checks what a root field's one query found for its `dispute` argument and, when given, its
 * issue slug (the ids of the issues it names, "<dispute>/<slug>"): the same NOT_FOUND and
 * BAD_USER_INPUT as disputeScope and oneBySlug, without a query of their own.
 */
export function checkArguments(
  found: { disputeKnown: boolean; issueKeys?: readonly string[] },
  dispute: string | null,
  issueSlug: string | null = null,
): void {
  if (!found.disputeKnown && dispute !== null) throw new NotFoundError('dispute', dispute);
  if (issueSlug === null) return;
  const issues = (found.issueKeys ?? []).map((key) => ({ disputeKey: key.slice(0, key.indexOf('/')) }));
  oneBySlug('issue', issueSlug, dispute, issues);
}

/**
 * Picks the one record a slug names, as the query and mutation arguments `slug` + `dispute`
 * do for issues and votes: slugs are unique only within a dispute.
 */
export function oneBySlug<R extends { disputeKey: string }>(
  what: string,
  slug: string,
  dispute: string | null,
  records: readonly R[],
): R {
  const [first] = records;
  if (first === undefined) throw new NotFoundError(what, dispute === null ? slug : `${dispute}/${slug}`);
  if (records.length > 1) {
    const disputes = records.map((record) => `"${record.disputeKey}"`).join(', ');
    throw new BadUserInputError(
      `The ${what} slug "${slug}" is used in ${records.length} disputes (${disputes}): pass dispute to say which.`,
      'dispute',
    );
  }
  return first;
}

@Resolver(() => Dispute)
export class DisputeResolver {
  @Query(() => [Dispute], { description: 'Every dispute in the graph, by slug.' })
  async disputes(@Ctx() { db }: Context): Promise<Dispute[]> {
    return (await findDisputes(db, null)).map((record) => Dispute.from(record));
  }

  @Query(() => Dispute, { description: 'A dispute by slug. NOT_FOUND when unknown.' })
  async dispute(
    @Arg('slug', () => String, { description: 'The dispute’s slug; see `disputes`.' }) slug: string,
    @Ctx() ctx: Context,
  ): Promise<Dispute> {
    const record = await ctx.loaders.dispute.load(slug);
    if (record === null) throw new NotFoundError('dispute', slug);
    return Dispute.from(record);
  }

  @FieldResolver(() => [Issue], { description: 'The issues of this dispute, by slug.' })
  async issues(
    @Root() dispute: Dispute,
    @Ctx() { db }: Context,
    @Args(() => ListArgs) { first }: ListArgs,
  ): Promise<Issue[]> {
    return (await findAllIssues(db, dispute.slug, first)).map((record) => Issue.from(record));
  }
}
