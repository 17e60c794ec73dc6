import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { type Context } from '../context';
import { disputeScope } from './dispute.resolver';
import { NotFoundError } from '../errors';
import { findArticlesPage } from '../repositories/article.repository';
import { Article } from '../schema/article.type';
import { ListArgs, ScopedPageArgs } from '../schema/args';
import { fromGlobalId } from '../schema/global-id';
import { Stakeholder } from '../schema/node.interface';
import { ArticleConnection } from '../schema/pagination';
import { Organization, stakeholderFrom } from '../schema/stakeholder.type';
import { Statement } from '../schema/statement.type';
import { loadStakeholder } from './load';
import { checkPageSize, decodeCursor, toPage } from './pagination';

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { description: 'An article by global id. NOT_FOUND when unknown.' })
  async article(
    @Arg('id', () => ID, { description: 'Global id of an Article.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Article> {
    const { key } = fromGlobalId(id, 'id', ['Article']);
    const record = await ctx.loaders.article.load(key);
    if (record === null) throw new NotFoundError('article', id);
    return Article.from(record);
  }

  @Query(() => ArticleConnection, {
    description: 'The source articles, oldest first; optionally only those about one dispute.',
  })
  async articles(@Args(() => ScopedPageArgs) { first, after, dispute }: ScopedPageArgs, @Ctx() ctx: Context) {
    checkPageSize(first);
    const cursor = decodeCursor(after);
    const rows = await findArticlesPage(ctx.db, await disputeScope(ctx, dispute), {
      after: cursor,
      limit: first + 1,
    });
    return toPage(
      rows,
      first,
      (row) => row.sortKey,
      (row) => row.key,
      (row) => Article.from(row),
    );
  }

  @FieldResolver(() => String, { description: 'The full article text; statement offsets index into it.' })
  async text(@Root() article: Article, @Ctx() ctx: Context): Promise<string> {
    // Read only when asked: tens of kB per article, never part of the article record.
    const record = await ctx.loaders.articleText.load(article.key);
    if (record === null) throw new NotFoundError('article', article.id);
    return record.text;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The news outlet (see outletInferred).' })
  outlet(@Root() article: Article, @Ctx() ctx: Context): Promise<Stakeholder | null> {
    const { outlet } = article.preloaded;
    if (outlet !== undefined) return Promise.resolve(outlet === null ? null : stakeholderFrom(outlet));
    return loadStakeholder(ctx, article.outletKey);
  }

  @FieldResolver(() => [Statement], {
    description: 'Every statement located in this article, in reading order.',
  })
  async statements(
    @Root() article: Article,
    @Ctx() ctx: Context,
    @Args(() => ListArgs) { first }: ListArgs,
  ): Promise<Statement[]> {
    return (await ctx.loaders.statementsByArticle.load(article.key))
      .slice(0, first)
      .map((record) => Statement.from(record));
  }
}
