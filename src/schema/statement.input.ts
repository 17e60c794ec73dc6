import { ArrayMaxSize, IsOptional, Matches, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AuditEntry } from './audit.type';
import { StatementKind, StatementMedium } from './enums';
import { DateScalar } from './scalars';
import { Statement } from './statement.type';
import { ChangeInput, MAX_TEXT, NOT_BLANK } from './change.input';

@InputType({
  description:
    'New words from a stored article: located by start and end, or by exactText (which must occur once).',
})
export class AddStatementInput extends ChangeInput {
  @Field(() => ID, { description: 'Global id of the Article the words are in.' })
  articleId!: string;

  @Field(() => Int, { nullable: true, description: 'UTF-16 offset of the first character (with end).' })
  @IsOptional()
  @Min(0)
  start?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'UTF-16 offset just past the last character (with start).',
  })
  @IsOptional()
  @Min(1)
  end?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The exact words instead of offsets (quote marks may be straight or curly); BAD_USER_INPUT when they occur more than once.',
  })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'exactText must not be blank' })
  @MaxLength(MAX_TEXT)
  exactText?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Global id of the Person or Organization who said it; required unless kind is REPORT.',
  })
  speakerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the Organization the speaker spoke for.' })
  onBehalfOfId?: string | null;

  @Field(() => StatementKind, { description: 'How the article renders the words.' })
  kind!: StatementKind;

  @Field(() => StatementMedium, {
    defaultValue: StatementMedium.UNKNOWN,
    description: 'How the words reached the reporter.',
  })
  medium!: StatementMedium;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the words were said, if known (on or before the article’s date).',
  })
  saidOn?: string | null;

  @Field(() => [String], {
    defaultValue: [],
    description: 'Slugs of the issues the words are about (at most 20).',
  })
  @ArrayMaxSize(20)
  issueSlugs!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'The dispute of issueSlugs; needed only when several disputes use a slug.',
  })
  dispute?: string | null;

  @Field(() => [ID], {
    defaultValue: [],
    description: 'Global ids of stakeholders the words mention (at most 50).',
  })
  @ArrayMaxSize(50)
  mentionIds!: string[];
}

/** A statement and the version the editor read. */
@InputType()
class StatementVersionInput extends ChangeInput {
  @Field(() => ID, { description: 'Global id of the Statement.' })
  id!: string;

  @Field(() => Int, {
    description: 'The version you read; if it changed meanwhile nothing is written and you get CONFLICT.',
  })
  @Min(1)
  expectedVersion!: number;
}

@InputType({ description: 'A statement to retract, and why.' })
export class RetractStatementInput extends StatementVersionInput {}

@InputType({
  description:
    'Corrections to a statement’s attribution, at the version you read. Only the fields you give change; null clears speakerId, onBehalfOfId, saidOn or note. The words and their place never change: retract and add instead.',
})
export class UpdateStatementInput extends StatementVersionInput {
  @Field(() => ID, { nullable: true, description: 'Global id of the Person or Organization who said it.' })
  speakerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the Organization the speaker spoke for.' })
  onBehalfOfId?: string | null;

  @Field(() => StatementKind, { nullable: true, description: 'How the article renders the words.' })
  kind?: StatementKind | null;

  @Field(() => StatementMedium, { nullable: true, description: 'How the words were delivered.' })
  medium?: StatementMedium | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day the words were said, when the article gives it.',
  })
  saidOn?: string | null;

  @Field(() => String, { nullable: true, description: 'The editor’s note on the statement.' })
  @IsOptional()
  @MaxLength(MAX_TEXT)
  note?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Slugs of the issues the words address (replaces the list).',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  issueSlugs?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'The issues’ dispute; needed only when several use a slug.',
  })
  dispute?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Global ids of the stakeholders named (replaces the list).',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  mentionIds?: string[] | null;
}

@ObjectType({ description: 'The statement as written, and the audit entry recording the change.' })
export class StatementPayload {
  @Field(() => Statement, { description: 'The statement after the change.' })
  statement!: Statement;
  @Field(() => AuditEntry, { description: 'The audit entry of this change.' })
  auditEntry!: AuditEntry;
}
