import { Field, Int, ObjectType } from 'type-graphql';
import { PathRelation, Stance, TimelineEntryKind } from './enums';
import { Node } from './node.interface';
import { Position } from './position.type';
import { DateScalar } from './scalars';
import { Statement } from './statement.type';

@ObjectType({
  description: 'Stakeholders sharing a stance on an issue: allies within a camp, opponents across camps.',
})
export class Camp {
  @Field(() => Stance, { description: 'The stance the camp shares.' })
  stance!: Stance;

  @Field(() => [Position], { description: 'Each member’s latest position, with its evidence.' })
  positions!: Position[];
}

@ObjectType({ description: 'One dated entry in a stakeholder’s timeline: a statement, or a position taken.' })
export class TimelineEntry {
  @Field(() => TimelineEntryKind, { description: 'STATEMENT or POSITION.' })
  kind!: TimelineEntryKind;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When (see the statement or position for precision).',
  })
  date!: string | null;

  @Field(() => Statement, { nullable: true, description: 'The statement, for STATEMENT entries.' })
  statement!: Statement | null;

  @Field(() => Position, { nullable: true, description: 'The position, for POSITION entries.' })
  position!: Position | null;

  @Field(() => Stance, { nullable: true, description: 'The stance taken, for POSITION entries.' })
  stance!: Stance | null;

  @Field(() => Stance, { nullable: true, description: 'The stance held before on the same issue, if any.' })
  previousStance!: Stance | null;

  @Field(() => Boolean, {
    description: 'True on a POSITION entry whose stance differs from the previous one on that issue.',
  })
  stanceChanged!: boolean;

  issueSlug!: string | null;
}

@ObjectType({ description: 'One step of a connection path, with the words that source it.' })
export class PathStep {
  @Field(() => PathRelation, { description: 'What kind of link this step follows.' })
  relation!: PathRelation;

  fromNode!: PathEnd;
  toNode!: PathEnd;
  /** True when the step follows its relationship's direction (person → organization …). */
  forward!: boolean;
  /** The role title, membership relation or event role, when the link has one. */
  detail!: string | null;
  evidenceKeys!: string[];
}

/** A node on a path, before it is loaded. */
export interface PathEnd {
  label: 'Person' | 'Organization' | 'Statement' | 'Issue' | 'Event';
  key: string;
}

@ObjectType({ description: 'A shortest path between two stakeholders.' })
export class Path {
  @Field(() => Int, { description: 'Number of steps.' })
  length!: number;

  @Field(() => [PathStep], { description: 'The steps in order from the first stakeholder to the second.' })
  steps!: PathStep[];

  nodeEnds!: PathEnd[];
}

export { Node };
