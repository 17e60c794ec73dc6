import { Field, Float, ObjectType } from 'type-graphql';
import { type PositionRecord } from '../repositories/records';
import { DatePrecision, Stance } from './enums';
import { toGlobalId } from './global-id';
import { Node, Recorded, Versioned } from './node.interface';
import { preloadedOf } from './preloaded';
import { provenanceOf } from './provenance';
import { DateScalar } from './scalars';

@ObjectType({
  implements: [Node, Recorded, Versioned],
  description: 'A stakeholder’s stance on an issue as of a date, with the statements that show it.',
})
export class Position extends Versioned {
  @Field(() => Stance, { description: 'SUPPORT, OPPOSE, NEUTRAL or MIXED on the issue’s proposition.' })
  stance!: Stance;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The date the stance is known to hold (its evidence’s date).',
  })
  asOf!: string | null;

  @Field(() => DateScalar, {
    description: 'First day asOf can fall on: asOf itself for a DAY, the window’s start otherwise.',
  })
  asOfEarliest!: string;

  @Field(() => DateScalar, {
    description:
      'Last day asOf can fall on. As-of filters count a position from this day on, so a WEEK-precise stance is not read as known before its week is out.',
  })
  asOfLatest!: string;

  @Field(() => DatePrecision, { nullable: true, description: 'How precise asOf is.' })
  asOfPrecision!: DatePrecision | null;

  @Field(() => Boolean, { description: 'True when asOf was inferred.' })
  asOfInferred!: boolean;

  @Field(() => String, { nullable: true, description: 'How asOf was inferred.' })
  asOfNote!: string | null;

  @Field(() => Float, { nullable: true, description: 'Curator’s confidence in the stance, 0 to 1.' })
  confidence!: number | null;

  @Field(() => Boolean, {
    description: 'True when the stance is the curator’s reading rather than words said outright; see note.',
  })
  inferred!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the curator reads the evidence this way.' })
  note!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'When it was withdrawn (ISO 8601): its recordPosition was reverted. A withdrawn position stays for the record (node(id:), history) but leaves every list and answer.',
  })
  retractedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was withdrawn.' })
  retractReason!: string | null;

  supersededByKey!: string | null;
  holderKey!: string;
  issueKey!: string;
  issueSlug!: string;
  evidenceKeys!: string[];
  counterEvidenceKeys!: string[];
  preloaded!: Partial<Pick<PositionRecord, 'holder' | 'evidence' | 'counterEvidence'>>;

  static from(record: PositionRecord): Position {
    return Object.assign(new Position(), {
      id: toGlobalId('Position', record.key),
      stance: record.stance as Stance,
      asOf: record.asOf,
      asOfEarliest: record.asOfEarliest,
      asOfLatest: record.asOfLatest,
      asOfPrecision: record.asOfPrecision as DatePrecision | null,
      asOfInferred: record.asOfInferred,
      asOfNote: record.asOfNote,
      confidence: record.confidence,
      inferred: record.inferred,
      note: record.note,
      ...provenanceOf(record),
      retractedAt: record.retractedAt ?? null,
      retractReason: record.retractReason ?? null,
      supersededByKey: record.supersededByKey ?? null,
      holderKey: record.holderKey,
      issueKey: record.issueKey,
      issueSlug: record.issueSlug,
      evidenceKeys: record.evidenceKeys,
      counterEvidenceKeys: record.counterEvidenceKeys,
      // Null is "not fetched" here (a holder always exists; evidence lists are never null).
      preloaded: preloadedOf(
        {
          holder: record.holder ?? undefined,
          evidence: record.evidence ?? undefined,
          counterEvidence: record.counterEvidence ?? undefined,
        },
        ['holder', 'evidence', 'counterEvidence'],
      ),
    });
  }
}
