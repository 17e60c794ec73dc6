import { type GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { ListArgs } from '../schema/args';
import { type Context } from '../context';
import { checkArguments, oneBySlug } from './dispute.resolver';
import { selectionTree } from './lookahead';
import { DISPUTE_ARG } from './issue.resolver';
import { loadExisting } from '../loaders';
import { type BallotSelection, findVotesBySlug } from '../repositories/vote.repository';
import { Article } from '../schema/article.type';
import { BallotOutcome } from '../schema/enums';
import { Organization, stakeholderFrom } from '../schema/stakeholder.type';
import { Stakeholder } from '../schema/node.interface';
import { Statement } from '../schema/statement.type';
import {
  Agreement,
  AgreementTerm,
  Ballot,
  ReportedTally,
  RuleReading,
  Tally,
  Threshold,
  Vote,
  VoteRule,
} from '../schema/vote.type';
import { loadStakeholderOrFail, loadStatements } from './load';

/**
 * A vote by slug (and dispute), with the check of `dispute` and what the client selected of its
 * ballots, in one query; NOT_FOUND / BAD_USER_INPUT as for every slug argument.
 */
export async function voteBySlug(
  ctx: Context,
  slug: string,
  dispute: string | null,
  ballots?: BallotSelection,
): Promise<Vote> {
  const { disputeKnown, votes } = await findVotesBySlug(ctx.db, slug, dispute, ballots);
  checkArguments({ disputeKnown }, dispute);
  return Vote.from(oneBySlug('vote', slug, dispute, votes));
}

async function loadArticles(ctx: Context, keys: string[]): Promise<Article[]> {
  return (await loadExisting(ctx.loaders.article, keys)).map((record) => Article.from(record));
}

@Resolver(() => Vote)
export class VoteResolver {
  @Query(() => Vote, {
    description:
      'A vote by slug, e.g. "sebac-2011-ratification". NOT_FOUND when unknown; BAD_USER_INPUT when several disputes use the slug and `dispute` is not given.',
  })
  async vote(
    @Arg('slug', () => String, { description: 'The vote’s slug.' }) slug: string,
    @Ctx() ctx: Context,
    @Arg('dispute', () => String, { nullable: true, description: DISPUTE_ARG }) dispute?: string | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Vote> {
    const ballots = info === undefined ? undefined : selectionTree(info, 'ballots');
    return voteBySlug(ctx, slug, dispute ?? null, {
      unit: ballots?.get('unit') ?? null,
      evidence: ballots?.get('evidence') ?? null,
    });
  }

  @FieldResolver(() => [Ballot], {
    description:
      'How named units voted, where an article says so; aggregate counts that name no unit are in tally.',
  })
  ballots(
    @Root() vote: Vote,
    @Args(() => ListArgs) { first }: ListArgs,
    @Arg('outcome', () => BallotOutcome, { nullable: true, description: 'Only ballots with this outcome.' })
    outcome?: BallotOutcome | null,
  ): Ballot[] {
    return vote.ballotRecords
      .filter((ballot) => outcome == null || ballot.outcome === outcome)
      .slice(0, first);
  }

  @FieldResolver(() => [Statement], { description: 'The words that report the vote.' })
  evidence(@Root() vote: Vote, @Ctx() ctx: Context): Promise<Statement[]> {
    return loadStatements(ctx, vote.evidenceKeys);
  }

  @FieldResolver(() => Agreement, { nullable: true, description: 'The agreement put to the vote.' })
  async agreement(@Root() vote: Vote, @Ctx() ctx: Context): Promise<Agreement | null> {
    const record = vote.agreementKey === null ? null : await ctx.loaders.agreement.load(vote.agreementKey);
    return record === null ? null : Agreement.from(record);
  }
}

@Resolver(() => Agreement)
export class AgreementResolver {
  @FieldResolver(() => [Organization], { description: 'The parties to the agreement.' })
  parties(@Root() agreement: Agreement, @Ctx() ctx: Context): Promise<Stakeholder[]> {
    return Promise.all(agreement.partyKeys.map((key) => loadStakeholderOrFail(ctx, key)));
  }

  @FieldResolver(() => [Statement], { description: 'The words that report the agreement.' })
  evidence(@Root() agreement: Agreement, @Ctx() ctx: Context): Promise<Statement[]> {
    return loadStatements(ctx, agreement.evidenceKeys);
  }
}

@Resolver(() => AgreementTerm)
export class AgreementTermResolver {
  @FieldResolver(() => [Statement], { description: 'The words that state the term.' })
  evidence(@Root() term: AgreementTerm, @Ctx() ctx: Context): Promise<Statement[]> {
    return loadStatements(ctx, term.evidenceKeys);
  }
}

@Resolver(() => ReportedTally)
export class ReportedTallyResolver {
  @FieldResolver(() => [Article], { description: 'The articles that report these figures.' })
  sources(@Root() tally: ReportedTally, @Ctx() ctx: Context): Promise<Article[]> {
    return loadArticles(ctx, tally.articleKeys);
  }

  @FieldResolver(() => [Statement], { description: 'The words that report these figures.' })
  evidence(@Root() tally: ReportedTally, @Ctx() ctx: Context): Promise<Statement[]> {
    return loadStatements(ctx, tally.evidenceKeys);
  }
}

@Resolver(() => Tally)
export class TallyResolver {
  @FieldResolver(() => [Article], { description: 'Every article that reports any of these figures.' })
  sources(@Root() tally: Tally, @Ctx() ctx: Context): Promise<Article[]> {
    return loadArticles(ctx, tally.articleKeys);
  }

  @FieldResolver(() => [Statement], {
    description: 'The words that report these figures, from every source.',
  })
  evidence(@Root() tally: Tally, @Ctx() ctx: Context): Promise<Statement[]> {
    return loadStatements(ctx, tally.evidenceKeys);
  }
}

@Resolver(() => Ballot)
export class BallotResolver {
  @FieldResolver(() => Organization, { description: 'The union or bargaining unit that voted.' })
  unit(@Root() ballot: Ballot, @Ctx() ctx: Context): Promise<Stakeholder> {
    const { unit } = ballot.preloaded;
    if (unit != null) return Promise.resolve(stakeholderFrom(unit));
    return loadStakeholderOrFail(ctx, ballot.unitKey);
  }

  @FieldResolver(() => [Statement], { description: 'The words that say how the unit voted.' })
  evidence(@Root() ballot: Ballot, @Ctx() ctx: Context): Promise<Statement[]> {
    const { evidence } = ballot.preloaded;
    if (evidence != null) return Promise.resolve(evidence.map((record) => Statement.from(record)));
    return loadStatements(ctx, ballot.evidenceKeys);
  }
}

@Resolver(() => VoteRule)
export class VoteRuleResolver {
  @FieldResolver(() => [Statement], { description: 'How each source words the rule.' })
  evidence(@Root() rule: VoteRule, @Ctx() ctx: Context): Promise<Statement[]> {
    return loadStatements(ctx, rule.evidenceKeys);
  }
}

@Resolver(() => RuleReading)
export class RuleReadingResolver {
  @FieldResolver(() => [Statement], { description: 'The words this reading rests on.' })
  evidence(@Root() reading: RuleReading, @Ctx() ctx: Context): Promise<Statement[]> {
    return loadStatements(ctx, reading.evidenceKeys);
  }
}

@Resolver(() => Threshold)
export class ThresholdResolver {
  @FieldResolver(() => [Statement], { description: 'The words that state this condition.' })
  evidence(@Root() threshold: Threshold, @Ctx() ctx: Context): Promise<Statement[]> {
    return loadStatements(ctx, threshold.evidenceKeys);
  }
}
