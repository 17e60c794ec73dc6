import { type GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { ListArgs } from '../schema/args';
import { type Context } from '../context';
import { checkArguments, disputeScope } from './dispute.resolver';
import { loadExisting } from '../loaders';
import { NotFoundError } from '../errors';
import { findEvents } from '../repositories/event.repository';
import { findFigures } from '../repositories/figure.repository';
import { Article } from '../schema/article.type';
import { Event, Participant, ReportedFigure } from '../schema/event.type';
import { fromGlobalId } from '../schema/global-id';
import { Issue } from '../schema/issue.type';
import { Stakeholder } from '../schema/node.interface';
import { Statement } from '../schema/statement.type';
import { stakeholderFrom } from '../schema/stakeholder.type';
import { selectionTree, type SelectionTree } from './lookahead';
import { loadStakeholder, loadStakeholderOrFail, loadStatements } from './load';

@Resolver(() => Event)
export class EventResolver {
  @Query(() => [Event], {
    description:
      'Events in date order, optionally only those a stakeholder took part in and/or of one dispute.',
  })
  async events(
    @Ctx() ctx: Context,
    @Args(() => ListArgs) { first }: ListArgs,
    @Arg('stakeholderId', () => ID, { nullable: true, description: 'Global id of a Person or Organization.' })
    stakeholderId?: string | null,
    @Arg('dispute', () => String, { nullable: true, description: 'Only the events of this dispute (slug).' })
    dispute?: string | null,
  ): Promise<Event[]> {
    const key =
      stakeholderId == null
        ? null
        : fromGlobalId(stakeholderId, 'stakeholderId', ['Person', 'Organization']).key;
    const scope = await disputeScope(ctx, dispute);
    return (await findEvents(ctx.db, key, scope, first)).map((record) => Event.from(record));
  }

  @FieldResolver(() => [Issue], { description: 'Issues the event concerns.' })
  async issues(@Root() event: Event, @Ctx() ctx: Context): Promise<Issue[]> {
    return (await loadExisting(ctx.loaders.issue, event.issueKeys)).map((record) => Issue.from(record));
  }

  @FieldResolver(() => [Statement], { description: 'The words that report the event.' })
  evidence(@Root() event: Event, @Ctx() ctx: Context): Promise<Statement[]> {
    return loadStatements(ctx, event.evidenceKeys);
  }
}

@Resolver(() => Participant)
export class ParticipantResolver {
  @FieldResolver(() => Stakeholder, { description: 'Who took part.' })
  stakeholder(@Root() participant: Participant, @Ctx() ctx: Context): Promise<Stakeholder> {
    return loadStakeholderOrFail(ctx, participant.key);
  }
}

@Resolver(() => ReportedFigure)
export class ReportedFigureResolver {
  @Query(() => [ReportedFigure], {
    description:
      'Numbers as each article reports them (e.g. measure "planned-layoffs"), side by side, never merged.',
  })
  async figures(
    @Ctx() ctx: Context,
    @Args(() => ListArgs) { first }: ListArgs,
    @Arg('measure', () => String, {
      nullable: true,
      description: 'Only this measure, e.g. "planned-layoffs".',
    })
    measure?: string | null,
    @Arg('dispute', () => String, { nullable: true, description: 'Only the figures of this dispute (slug).' })
    dispute?: string | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<ReportedFigure[]> {
    // One query: the dispute's check and the figures with what the client selected of them.
    const { disputeKnown, figures } = await findFigures(
      ctx.db,
      { measure: measure ?? null, dispute: dispute ?? null, limit: first },
      info === undefined ? new Map<string, SelectionTree>() : selectionTree(info),
    );
    checkArguments({ disputeKnown }, dispute ?? null);
    return figures.map((record) => ReportedFigure.from(record));
  }

  @FieldResolver(() => Article, { description: 'The article that reports the figure.' })
  async article(@Root() figure: ReportedFigure, @Ctx() ctx: Context): Promise<Article> {
    const { article } = figure.preloaded;
    if (article != null) return Article.from(article);
    const record = await ctx.loaders.article.load(figure.articleKey);
    if (record === null) throw new NotFoundError('article', figure.articleKey);
    return Article.from(record);
  }

  @FieldResolver(() => Stakeholder, {
    nullable: true,
    description: 'Who the article attributes the figure to, if anyone.',
  })
  attributedTo(@Root() figure: ReportedFigure, @Ctx() ctx: Context): Promise<Stakeholder | null> {
    const { attributedTo } = figure.preloaded;
    if (attributedTo !== undefined)
      return Promise.resolve(attributedTo === null ? null : stakeholderFrom(attributedTo));
    return loadStakeholder(ctx, figure.attributedToKey);
  }

  @FieldResolver(() => [Statement], { description: 'The words that state the figure.' })
  evidence(@Root() figure: ReportedFigure, @Ctx() ctx: Context): Promise<Statement[]> {
    const { evidence } = figure.preloaded;
    if (evidence != null) return Promise.resolve(evidence.map((record) => Statement.from(record)));
    return loadStatements(ctx, figure.evidenceKeys);
  }
}
