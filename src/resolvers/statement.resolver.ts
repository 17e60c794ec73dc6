import { type GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { type Context } from '../context';
import { checkArguments } from './dispute.resolver';
import { loadExisting } from '../loaders';
import { NotFoundError } from '../errors';
import { findStatementsPage } from '../repositories/statement.repository';
import { Article } from '../schema/article.type';
import { StatementsArgs } from '../schema/args';
import { fromGlobalId } from '../schema/global-id';
import { Issue } from '../schema/issue.type';
import { Stakeholder } from '../schema/node.interface';
import { StatementConnection } from '../schema/pagination';
import { Organization, stakeholderFrom } from '../schema/stakeholder.type';
import { Statement } from '../schema/statement.type';
import { selectionTree } from './lookahead';
import { loadStakeholder } from './load';
import { checkPageSize, decodeDateCursor, toPage } from './pagination';

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => Statement, { description: 'A statement by global id. NOT_FOUND when unknown.' })
  async statement(
    @Arg('id', () => ID, { description: 'Global id of a Statement.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Statement> {
    const { key } = fromGlobalId(id, 'id', ['Statement']);
    const record = await ctx.loaders.statement.load(key);
    if (record === null) throw new NotFoundError('statement', id);
    return Statement.from(record);
  }

  @Query(() => StatementConnection, {
    description: 'Statements matching the filters, oldest first (undated last).',
  })
  async statements(
    @Args(() => StatementsArgs) { first, after, where }: StatementsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    checkPageSize(first);
    const cursor = decodeDateCursor(after);
    const speakerKey =
      where?.speakerId == null
        ? null
        : fromGlobalId(where.speakerId, 'where.speakerId', ['Person', 'Organization']).key;
    const articleKey =
      where?.articleId == null ? null : fromGlobalId(where.articleId, 'where.articleId', ['Article']).key;
    const dispute = where?.dispute ?? null;
    const issueSlug = where?.issueSlug ?? null;
    // One query: the dispute and issue checks, the page, and what the client selected of each node.
    const { disputeKnown, issueKeys, rows } = await findStatementsPage(
      ctx.db,
      {
        speakerKey,
        articleKey,
        issueSlug,
        dispute,
        stance: where?.stance ?? null,
        from: where?.from ?? null,
        to: where?.to ?? null,
      },
      { after: cursor === null ? null : { sort: cursor.sort, key: cursor.key }, limit: first + 1 },
      selectionTree(info, 'edges.node'),
    );
    checkArguments({ disputeKnown, issueKeys }, dispute, issueSlug);
    return toPage(
      rows,
      first,
      (row) => row.sortKey,
      (row) => row.statement.key,
      (row) => Statement.from(row.statement),
    );
  }

  @FieldResolver(() => String, { description: 'The paragraph of the article that contains the words.' })
  async context(@Root() statement: Statement, @Ctx() ctx: Context): Promise<string> {
    // Read only when asked: a paragraph is many times the quote it surrounds.
    const record = await ctx.loaders.statementContext.load(statement.key);
    if (record === null) throw new NotFoundError('statement', statement.id);
    return record.context;
  }

  @FieldResolver(() => Stakeholder, {
    nullable: true,
    description: 'Who said or wrote it; null for the article’s own words.',
  })
  speaker(@Root() statement: Statement, @Ctx() ctx: Context): Promise<Stakeholder | null> {
    const { speaker } = statement.preloaded;
    if (speaker !== undefined) return Promise.resolve(speaker === null ? null : stakeholderFrom(speaker));
    return loadStakeholder(ctx, statement.speakerKey);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The organization a spokesperson spoke for, e.g. SEBAC for its spokesmen.',
  })
  async onBehalfOf(@Root() statement: Statement, @Ctx() ctx: Context): Promise<Stakeholder | null> {
    const { onBehalfOf } = statement.preloaded;
    if (onBehalfOf !== undefined) return onBehalfOf === null ? null : stakeholderFrom(onBehalfOf);
    return loadStakeholder(ctx, statement.onBehalfOfKey);
  }

  @FieldResolver(() => Article, { description: 'The article the words appear in.' })
  async article(@Root() statement: Statement, @Ctx() ctx: Context): Promise<Article> {
    // Null is "not fetched" too: every statement is in an article.
    const { article } = statement.preloaded;
    if (article != null) return Article.from(article);
    const record = await ctx.loaders.article.load(statement.articleKey);
    if (record === null) throw new NotFoundError('article', statement.articleKey);
    return Article.from(record);
  }

  @FieldResolver(() => [Issue], { description: 'Issues the statement speaks to.' })
  async issues(@Root() statement: Statement, @Ctx() ctx: Context): Promise<Issue[]> {
    return (await loadExisting(ctx.loaders.issue, statement.issueKeys)).map((record) => Issue.from(record));
  }

  @FieldResolver(() => [Stakeholder], { description: 'Stakeholders the statement names or addresses.' })
  async mentions(@Root() statement: Statement, @Ctx() ctx: Context): Promise<Stakeholder[]> {
    const stakeholders = await Promise.all(statement.mentionKeys.map((key) => loadStakeholder(ctx, key)));
    return stakeholders.filter((stakeholder) => stakeholder !== null);
  }
}
