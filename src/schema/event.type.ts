import { Field, Float, ObjectType } from 'type-graphql';
import { type EventRecord, type FigureRecord } from '../repositories/records';
import { DatePrecision } from './enums';
import { toGlobalId } from './global-id';
import { Node, Recorded } from './node.interface';
import { preloadedOf } from './preloaded';
import { provenanceOf } from './provenance';
import { DateScalar } from './scalars';

@ObjectType({ description: 'A stakeholder taking part in an event, and how.' })
export class Participant {
  @Field(() => String, { description: 'What the stakeholder did, e.g. "sender", "recipient".' })
  role!: string;

  key!: string;
}

@ObjectType({ implements: Node, description: 'A letter, deadline, session, vote or layoff plan.' })
export class Event extends Node {
  @Field(() => String, { description: 'LETTER, DEADLINE, SPECIAL_SESSION, LAYOFF_PLAN, …' })
  kind!: string;
  @Field(() => String, { description: 'What happened.' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'More detail.' })
  description!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'When.' })
  on!: string | null;
  @Field(() => DatePrecision, { nullable: true, description: 'How precise `on` is.' })
  onPrecision!: DatePrecision | null;
  @Field(() => Boolean, { description: 'True when `on` was inferred; see onNote.' })
  onInferred!: boolean;
  @Field(() => String, { nullable: true, description: 'How `on` was inferred.' })
  onNote!: string | null;
  @Field(() => [Participant], { description: 'Who took part.' })
  participants!: Participant[];

  issueKeys!: string[];
  evidenceKeys!: string[];

  static from(record: EventRecord): Event {
    return Object.assign(new Event(), {
      ...record,
      id: toGlobalId('Event', record.key),
      onPrecision: record.onPrecision as DatePrecision | null,
      participants: record.participants.map((participant) => Object.assign(new Participant(), participant)),
    });
  }
}

@ObjectType({
  implements: Recorded,
  description:
    'A number as one article reports it. Reports of the same measure that differ are kept side by side, never merged.',
})
export class ReportedFigure extends Recorded {
  @Field(() => String, { description: 'What is measured, e.g. "planned-layoffs".' })
  measure!: string;
  @Field(() => Float, { description: 'The number.' })
  value!: number;
  @Field(() => String, { description: 'Unit, e.g. "jobs", "USD".' })
  unit!: string;
  @Field(() => String, {
    nullable: true,
    description: '"as many as", "nearly", "about" … as the source words it.',
  })
  qualifier!: string | null;
  @Field(() => String, { description: 'The article’s words stating the number, verbatim.' })
  asReported!: string;
  @Field(() => DateScalar, { nullable: true, description: 'When the figure applied or was stated.' })
  on!: string | null;
  @Field(() => DatePrecision, { nullable: true, description: 'How precise `on` is.' })
  onPrecision!: DatePrecision | null;
  @Field(() => Boolean, { description: 'True when `on` was inferred; see onNote.' })
  onInferred!: boolean;
  @Field(() => String, { nullable: true, description: 'How `on` was inferred.' })
  onNote!: string | null;

  articleKey!: string;
  attributedToKey!: string | null;
  evidenceKeys!: string[];
  preloaded!: Partial<Pick<FigureRecord, 'article' | 'attributedTo' | 'evidence'>>;

  static from(record: FigureRecord): ReportedFigure {
    return Object.assign(new ReportedFigure(), record, provenanceOf(record), {
      preloaded: preloadedOf(record, ['article', 'attributedTo', 'evidence']),
    });
  }
}
