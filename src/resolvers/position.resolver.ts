import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { type Context } from '../context';
import { Issue } from '../schema/issue.type';
import { Stakeholder } from '../schema/node.interface';
import { stakeholderFrom } from '../schema/stakeholder.type';
import { Position } from '../schema/position.type';
import { Statement } from '../schema/statement.type';
import { loadIssueOrFail } from './issue.resolver';
import { loadStakeholderOrFail, loadStatements } from './load';

@Resolver(() => Position)
export class PositionResolver {
  @FieldResolver(() => Stakeholder, { description: 'Who holds the position.' })
  holder(@Root() position: Position, @Ctx() ctx: Context): Promise<Stakeholder> {
    const { holder } = position.preloaded;
    if (holder !== undefined && holder !== null) return Promise.resolve(stakeholderFrom(holder));
    return loadStakeholderOrFail(ctx, position.holderKey);
  }

  @FieldResolver(() => Issue, { description: 'The issue.' })
  issue(@Root() position: Position, @Ctx() ctx: Context): Promise<Issue> {
    return loadIssueOrFail(ctx, position.issueKey);
  }

  @FieldResolver(() => [Statement], {
    description: 'The statements that show the stance: quote, speaker, article, date.',
  })
  evidence(@Root() position: Position, @Ctx() ctx: Context): Promise<Statement[]> {
    // A composed query's evidence is already without retracted statements, in loadStatements' order.
    const { evidence } = position.preloaded;
    if (evidence != null) return Promise.resolve(evidence.map((record) => Statement.from(record)));
    return loadStatements(ctx, position.evidenceKeys);
  }

  @FieldResolver(() => [Statement], {
    description:
      'Statements that speak against the stance (a refusal to comment, "no plan to …"), shown beside the evidence and never counted as it.',
  })
  counterEvidence(@Root() position: Position, @Ctx() ctx: Context): Promise<Statement[]> {
    const { counterEvidence } = position.preloaded;
    if (counterEvidence != null)
      return Promise.resolve(counterEvidence.map((record) => Statement.from(record)));
    return loadStatements(ctx, position.counterEvidenceKeys);
  }
}
