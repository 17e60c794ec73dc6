import { type GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { type Context } from '../context';
import { BadUserInputError, NotFoundError } from '../errors';
import { findShortestPaths, isMaxHops } from '../repositories/connection.repository';
import { type PathRecord } from '../repositories/records';
import { findTimeline } from '../repositories/statement.repository';
import { Camp, Path, PathStep, TimelineEntry } from '../schema/analysis.type';
import { ListArgs, MAX_HOPS } from '../schema/args';
import { PathRelation, Stance, TimelineEntryKind } from '../schema/enums';
import { fromGlobalId } from '../schema/global-id';
import { Node, Stakeholder } from '../schema/node.interface';
import { Position } from '../schema/position.type';
import { DateScalar } from '../schema/scalars';
import { Statement } from '../schema/statement.type';
import { checkArguments } from './dispute.resolver';
import { DISPUTE_ARG, issueWithPositions } from './issue.resolver';
import { mergeTrees, selectionTree, type SelectionTree } from './lookahead';
import { stakeholderFrom } from '../schema/stakeholder.type';
import { loadStakeholderOrFail, loadStatements } from './load';
import { loadNodeOrFail } from './node.resolver';

const MAX_PATHS = 10;
/** An alignment shows every camp in full: no limit on the positions (LIMIT needs a number). */
const ALL_POSITIONS = Number.MAX_SAFE_INTEGER;
const STANCE_ORDER = [Stance.SUPPORT, Stance.MIXED, Stance.NEUTRAL, Stance.OPPOSE];

const RELATIONS: Record<string, PathRelation> = {
  HOLDS_ROLE: PathRelation.ROLE,
  MEMBER_OF: PathRelation.MEMBERSHIP,
  SAID_BY: PathRelation.SAID,
  ON_BEHALF_OF: PathRelation.SPOKE_FOR,
  MENTIONS: PathRelation.MENTIONS,
  ABOUT: PathRelation.STATEMENT_ABOUT,
  INVOLVES: PathRelation.TOOK_PART,
};

/** Orders dated entries first by date; undated ones go last. */
function byDate(a: { date: string | null }, b: { date: string | null }): number {
  return (a.date ?? '9999-12-31').localeCompare(b.date ?? '9999-12-31');
}

function toPath(record: PathRecord): Path {
  const steps = record.steps.map((step, index) => {
    const fromNode = record.nodes[index];
    const toNode = record.nodes[index + 1];
    // Statement links are sourced by the statement itself; roles and memberships carry theirs.
    const statementEnd = [fromNode, toNode].find((end) => end.label === 'Statement');
    const evidenceKeys = statementEnd !== undefined ? [statementEnd.key] : step.evidenceKeys;
    return Object.assign(new PathStep(), {
      relation: RELATIONS[step.type] ?? PathRelation.MENTIONS,
      fromNode,
      toNode,
      evidenceKeys,
      forward: step.startKey === fromNode.key,
      detail: step.title ?? step.relation ?? step.role ?? null,
    });
  });
  return Object.assign(new Path(), { length: steps.length, steps, nodeEnds: record.nodes });
}

@Resolver()
export class AnalysisResolver {
  @Query(() => [Camp], {
    description:
      'Stakeholders grouped by their latest stance on an issue, with evidence: allies share a camp.',
  })
  async alignment(
    @Arg('issueSlug', () => String, { description: 'The issue’s slug.' }) issueSlug: string,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Stances as they stood on this date.' })
    asOf?: string | null,
    @Arg('dispute', () => String, { nullable: true, description: DISPUTE_ARG }) dispute?: string | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Camp[]> {
    // One query: the issue, every answering position, and what the camps' fields show of them.
    const camps: SelectionTree = info === undefined ? new Map<string, SelectionTree>() : selectionTree(info);
    const positionSelection: SelectionTree = new Map(camps.get('positions') ?? []);
    const holders = camps.get('holders');
    // `holders` are the positions' holders: both selections of them are fetched as one.
    if (holders !== undefined) {
      positionSelection.set('holder', mergeTrees(holders, positionSelection.get('holder')));
    }
    // The camps are made by stance, asked for or not.
    positionSelection.set('stance', new Map());
    const issue = await issueWithPositions(
      ctx,
      issueSlug,
      dispute ?? null,
      new Map([['positions', positionSelection]]),
      {
        first: ALL_POSITIONS,
        stance: null,
        asOf: asOf ?? null,
      },
    );
    const positions = (issue.preloadedPositions?.records ?? []).map((record) => Position.from(record));
    return STANCE_ORDER.map((stance) =>
      Object.assign(new Camp(), {
        stance,
        positions: positions.filter((position) => position.stance === stance),
      }),
    ).filter((camp) => camp.positions.length > 0);
  }

  @Query(() => [TimelineEntry], {
    description:
      'A stakeholder’s statements and positions in date order; position entries mark each change of stance.',
  })
  async timeline(
    @Arg('holderId', () => ID, { description: 'Global id of a Person or Organization.' }) holderId: string,
    @Ctx() ctx: Context,
    @Args(() => ListArgs) { first }: ListArgs,
    @Arg('issueSlug', () => String, { nullable: true, description: 'Only this issue.' })
    issueSlug?: string | null,
    @Arg('dispute', () => String, { nullable: true, description: DISPUTE_ARG }) dispute?: string | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<TimelineEntry[]> {
    const { key } = fromGlobalId(holderId, 'holderId', ['Person', 'Organization']);
    const selected: SelectionTree =
      info === undefined ? new Map<string, SelectionTree>() : selectionTree(info);
    // The entry's date is the statement's, asked for or not.
    const statementSelection: SelectionTree = new Map(selected.get('statement') ?? []);
    statementSelection.set('saidOn', new Map());
    // One query: the checks, the first `first` statements (only they can be among the first
    // `first` entries) and every position.
    const found = await findTimeline(
      ctx.db,
      { holderKey: key, issueSlug: issueSlug ?? null, dispute: dispute ?? null, limit: first },
      {
        statement: statementSelection,
        position: selected.get('position') ?? new Map<string, SelectionTree>(),
      },
    );
    if (!found.holderFound) throw new NotFoundError('stakeholder', key);
    checkArguments(found, dispute ?? null, issueSlug ?? null);
    const entries: TimelineEntry[] = found.statements.map((record) =>
      Object.assign(new TimelineEntry(), {
        kind: TimelineEntryKind.STATEMENT,
        date: record.saidOn,
        statement: Statement.from(record),
        position: null,
        stance: null,
        previousStance: null,
        stanceChanged: false,
        issueSlug: issueSlug ?? null,
      }),
    );
    const lastStance = new Map<string, Stance>();
    for (const row of found.positions) {
      const stance = row.stance as Stance;
      const previous = lastStance.get(row.issueKey) ?? null;
      lastStance.set(row.issueKey, stance);
      entries.push(
        Object.assign(new TimelineEntry(), {
          kind: TimelineEntryKind.POSITION,
          date: row.asOf,
          statement: null,
          position: Position.from(row.position),
          stance,
          previousStance: previous,
          stanceChanged: previous !== null && previous !== stance,
          issueSlug: row.issueSlug,
        }),
      );
    }
    // Stable sort: on the same date, statements come before the positions they support.
    return entries.sort(byDate).slice(0, first);
  }

  @Query(() => [Path], {
    description: `The shortest paths (at most ${MAX_PATHS}) between two stakeholders, each step typed and sourced.`,
  })
  async connections(
    @Arg('fromId', () => ID, { description: 'Global id of a Person or Organization.' }) fromId: string,
    @Arg('toId', () => ID, { description: 'Global id of another Person or Organization.' }) toId: string,
    @Ctx() ctx: Context,
    @Arg('maxHops', () => Int, {
      defaultValue: 4,
      description: `Longest path to consider, 1 to ${MAX_HOPS}.`,
    })
    maxHops: number,
  ): Promise<Path[]> {
    if (!isMaxHops(maxHops)) {
      throw new BadUserInputError(`maxHops must be between 1 and ${MAX_HOPS}, got ${maxHops}.`, 'maxHops');
    }
    const from = fromGlobalId(fromId, 'fromId', ['Person', 'Organization']);
    const to = fromGlobalId(toId, 'toId', ['Person', 'Organization']);
    if (from.key === to.key) throw new BadUserInputError('fromId and toId are the same stakeholder.', 'toId');
    await Promise.all([loadStakeholderOrFail(ctx, from.key), loadStakeholderOrFail(ctx, to.key)]);
    const records = await findShortestPaths(ctx.db, {
      fromKey: from.key,
      toKey: to.key,
      maxHops,
      limit: MAX_PATHS,
    });
    return records.map(toPath);
  }
}

@Resolver(() => Camp)
export class CampResolver {
  @FieldResolver(() => [Stakeholder], { description: 'The stakeholders in this camp.' })
  holders(@Root() camp: Camp, @Ctx() ctx: Context): Promise<Stakeholder[]> {
    return Promise.all(
      camp.positions.map((position) => {
        const { holder } = position.preloaded;
        return holder == null
          ? loadStakeholderOrFail(ctx, position.holderKey)
          : Promise.resolve(stakeholderFrom(holder));
      }),
    );
  }
}

@Resolver(() => Path)
export class PathResolver {
  @FieldResolver(() => [Node], {
    description: 'The nodes along the path, from the first stakeholder to the second.',
  })
  nodes(@Root() path: Path, @Ctx() ctx: Context): Promise<Node[]> {
    return Promise.all(path.nodeEnds.map((end) => loadNodeOrFail(ctx, end.label, end.key)));
  }
}

const VERBS: Record<PathRelation, [forward: string, backward: string]> = {
  [PathRelation.ROLE]: ['holds a title at', 'has as a title holder'],
  [PathRelation.MEMBERSHIP]: ['is a member of', 'has as a member'],
  [PathRelation.SAID]: ['was said by', 'said'],
  [PathRelation.SPOKE_FOR]: ['was said on behalf of', 'was spoken for in'],
  [PathRelation.MENTIONS]: ['mentions', 'is mentioned in'],
  [PathRelation.STATEMENT_ABOUT]: ['is about', 'is the subject of'],
  [PathRelation.TOOK_PART]: ['involved', 'took part in'],
};

function nameOf(node: Node): string {
  if (node instanceof Statement)
    return `“${node.text.length > 60 ? `${node.text.slice(0, 57)}…` : node.text}”`;
  const named = node as Node & { name?: string };
  return named.name ?? node.id;
}

@Resolver(() => PathStep)
export class PathStepResolver {
  @FieldResolver(() => Node, { description: 'Where this step starts.' })
  from(@Root() step: PathStep, @Ctx() ctx: Context): Promise<Node> {
    return loadNodeOrFail(ctx, step.fromNode.label, step.fromNode.key);
  }

  @FieldResolver(() => Node, { description: 'Where this step ends.' })
  to(@Root() step: PathStep, @Ctx() ctx: Context): Promise<Node> {
    return loadNodeOrFail(ctx, step.toNode.label, step.toNode.key);
  }

  @FieldResolver(() => String, {
    description:
      'The step in words, e.g. "Colleen Flanagan holds a title at Office of the Governor (spokeswoman)".',
  })
  async description(@Root() step: PathStep, @Ctx() ctx: Context): Promise<string> {
    const [from, to] = await Promise.all([this.from(step, ctx), this.to(step, ctx)]);
    const verb = VERBS[step.relation][step.forward ? 0 : 1];
    return `${nameOf(from)} ${verb} ${nameOf(to)}${step.detail === null ? '' : ` (${step.detail})`}`;
  }

  @FieldResolver(() => [Statement], { description: 'The words that source this step.' })
  async evidence(@Root() step: PathStep, @Ctx() ctx: Context): Promise<Statement[]> {
    const eventEnd = [step.fromNode, step.toNode].find((end) => end.label === 'Event');
    if (step.evidenceKeys.length === 0 && eventEnd !== undefined) {
      // Taking part in an event is sourced by the event's own evidence.
      const event = await ctx.loaders.event.load(eventEnd.key);
      return loadStatements(ctx, event?.evidenceKeys ?? []);
    }
    return loadStatements(ctx, step.evidenceKeys);
  }
}
