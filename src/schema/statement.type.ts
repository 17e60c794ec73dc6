import { Field, Int, ObjectType } from 'type-graphql';
import { type StatementRecord } from '../repositories/records';
import { DatePrecision, StatementKind, StatementMedium } from './enums';
import { toGlobalId } from './global-id';
import { Node, Recorded, Versioned } from './node.interface';
import { preloadedOf } from './preloaded';
import { provenanceOf } from './provenance';
import { DateScalar } from './scalars';

@ObjectType({
  implements: [Node, Recorded, Versioned],
  description:
    'Words from an article: a quote or paraphrase with its speaker, or the article’s own words (kind REPORT), always verbatim and located by character offsets.',
})
export class Statement extends Versioned {
  @Field(() => String, { description: 'Stable curated key.' })
  key!: string;

  @Field(() => String, {
    description: 'The exact words as printed in the article, without surrounding quote marks.',
  })
  text!: string;

  @Field(() => StatementKind, { description: 'Direct quote, partial quote, paraphrase, or report.' })
  kind!: StatementKind;

  @Field(() => StatementMedium, { description: 'Spoken, letter, written statement, email, phone interview.' })
  medium!: StatementMedium;

  @Field(() => DateScalar, { nullable: true, description: 'When the words were said or written.' })
  saidOn!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How precise saidOn is.' })
  saidOnPrecision!: DatePrecision | null;

  @Field(() => Boolean, {
    description: 'True when saidOn was inferred (e.g. from "Tuesday" and the article date).',
  })
  saidOnInferred!: boolean;

  @Field(() => String, { nullable: true, description: 'How saidOn was inferred.' })
  saidOnNote!: string | null;

  @Field(() => Int, { description: 'Offset of the first character in the article text (UTF-16 code units).' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the last character in the article text.' })
  end!: number;

  @Field(() => Int, { description: 'Paragraph number in the article, from 1.' })
  paragraph!: number;

  @Field(() => String, { nullable: true, description: 'Curator’s note, e.g. who "them" refers to.' })
  note!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'When an editor retracted it (ISO 8601); retracted statements stay for the record but leave every list and every position’s evidence.',
  })
  retractedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Actor id of whoever retracted it.' })
  retractedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was retracted.' })
  retractReason!: string | null;

  articleKey!: string;
  speakerKey!: string | null;
  onBehalfOfKey!: string | null;
  issueKeys!: string[];
  mentionKeys!: string[];
  preloaded!: Partial<Pick<StatementRecord, 'speaker' | 'onBehalfOf' | 'article'>>;

  static from(record: StatementRecord): Statement {
    return Object.assign(new Statement(), {
      ...record,
      id: toGlobalId('Statement', record.key),
      ...provenanceOf(record),
      retractedAt: record.retractedAt ?? null,
      retractedBy: record.retractedBy ?? null,
      retractReason: record.retractReason ?? null,
      // Neo4j returns collected relationships in storage order; sort so answers are stable.
      // A composed query fetches the keys only when their fields are selected.
      issueKeys: [...(record.issueKeys ?? [])].sort(),
      mentionKeys: [...(record.mentionKeys ?? [])].sort(),
      preloaded: preloadedOf(record, ['speaker', 'onBehalfOf', 'article']),
      kind: record.kind as StatementKind,
      medium: record.medium as StatementMedium,
      saidOnPrecision: record.saidOnPrecision as DatePrecision | null,
    });
  }
}
