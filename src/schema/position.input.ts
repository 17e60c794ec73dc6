import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AuditEntry } from './audit.type';
import { DatePrecision, Stance } from './enums';
import { Position } from './position.type';
import { DateScalar } from './scalars';
import { ChangeInput, MAX_TEXT, NOT_BLANK } from './change.input';

@InputType({ description: 'A date as precisely as it is known: a day, or a window with its precision.' })
export class DatedInput {
  @Field(() => DateScalar, { description: 'The date, or its best estimate (YYYY-MM-DD).' })
  date!: string;

  @Field(() => DatePrecision, { defaultValue: DatePrecision.DAY, description: 'How precise the date is.' })
  precision!: DatePrecision;

  @Field(() => DateScalar, { nullable: true, description: 'The earliest the date can be; defaults to date.' })
  earliest?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The latest the date can be; defaults to date. The answering rule orders by it.',
  })
  latest?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'True when the date is inferred.' })
  inferred!: boolean;

  @Field(() => String, { nullable: true, description: 'How the date was inferred.' })
  @IsOptional()
  @MaxLength(MAX_TEXT)
  note?: string | null;
}

/** The stance and its evidence: what recordPosition and supersedePosition share. */
@InputType()
abstract class StanceInput extends ChangeInput {
  @Field(() => Stance, { description: 'SUPPORT, OPPOSE, NEUTRAL or MIXED on the issue’s proposition.' })
  stance!: Stance;

  @Field(() => DatedInput, { description: 'As of when the stance holds.' })
  asOf!: DatedInput;

  @Field(() => Float, { description: 'Your confidence in the stance, 0 to 1.' })
  @Min(0)
  @Max(1)
  confidence!: number;

  @Field(() => [ID], {
    description:
      'Global ids of the Statements that show the stance (1 to 20): each about the issue, not retracted, said on or before asOf.',
  })
  @ArrayMinSize(1, { message: 'evidenceIds must name at least one statement' })
  @ArrayMaxSize(20)
  evidenceIds!: string[];

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'True when the stance is read between the lines, not stated; then note is required.',
  })
  inferred!: boolean;

  @Field(() => String, { nullable: true, description: 'Why you read the evidence this way.' })
  @IsOptional()
  @MaxLength(MAX_TEXT)
  note?: string | null;
}

@InputType({
  description: 'A stakeholder’s stance on an issue as of a date, with the statements that show it.',
})
export class RecordPositionInput extends StanceInput {
  @Field(() => ID, { description: 'Global id of the Person or Organization holding the position.' })
  holderId!: string;

  @Field(() => String, { description: 'The issue’s slug, e.g. "renegotiation".' })
  @Matches(NOT_BLANK, { message: 'issueSlug must not be blank' })
  @MaxLength(200)
  issueSlug!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The issue’s dispute; needed only when several use the slug.',
  })
  dispute?: string | null;
}

@InputType({
  description:
    'A correction of a position: the new stance and evidence replace the old position, which stays for the record. For a change of mind, record a new position instead.',
})
export class SupersedePositionInput extends StanceInput {
  @Field(() => ID, { description: 'Global id of the Position to replace (a live one).' })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you read; when the position has moved on, CONFLICT and nothing is written.',
  })
  expectedVersion?: number | null;
}

@ObjectType({ description: 'The position recorded, and the audit entry recording it.' })
export class RecordPositionPayload {
  @Field(() => Position, { description: 'The new position.' })
  position!: Position;
  @Field(() => AuditEntry, { description: 'The audit entry of this change.' })
  auditEntry!: AuditEntry;
}

@ObjectType({ description: 'The new position, the one it replaced, and the audit entry.' })
export class SupersedePositionPayload {
  @Field(() => Position, { description: 'The new, live position.' })
  position!: Position;
  @Field(() => Position, { description: 'The replaced position, now marked superseded.' })
  superseded!: Position;
  @Field(() => AuditEntry, { description: 'The audit entry of this change.' })
  auditEntry!: AuditEntry;
}
