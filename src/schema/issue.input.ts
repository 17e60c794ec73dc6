import { ArrayMaxSize, IsOptional, Matches, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AuditEntry } from './audit.type';
import { ChangeInput, MAX_NAME, MAX_TEXT, NOT_BLANK } from './change.input';
import { Stance } from './enums';
import { Issue } from './issue.type';

@InputType({ description: 'A phrase the ingestion pipeline reads as a sign of the issue.' })
export class IssueCueInput {
  @Field(() => String, { description: 'The phrase; a trailing * matches any word ending ("renegotiat*").' })
  @Matches(/^[^+\-\s]/, { message: 'phrase must not be blank or start with + or -' })
  @MaxLength(MAX_NAME)
  phrase!: string;

  @Field(() => Stance, {
    nullable: true,
    description: 'SUPPORT or OPPOSE when the phrase shows that stance (negation flips it); null: topic only.',
  })
  stance?: Stance | null;
}

@InputType({
  description: 'A new issue: a proposition in a dispute that stakeholders can support or oppose.',
})
export class CreateIssueInput extends ChangeInput {
  @Field(() => String, { description: 'The dispute’s id, e.g. "ct-sebac-2011-concessions".' })
  @Matches(NOT_BLANK, { message: 'dispute must not be blank' })
  @MaxLength(MAX_NAME)
  dispute!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Slug, unique within the dispute (lower-case words and hyphens); made from name when omitted.',
  })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be lower-case words joined by hyphens' })
  @MaxLength(60)
  slug?: string | null;

  @Field(() => String, { description: 'Short name, e.g. "Renegotiate the deal’s terms".' })
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(MAX_NAME)
  name!: string;

  @Field(() => String, {
    description: 'The proposition SUPPORT and OPPOSE refer to: a sentence, not a topic.',
  })
  @Matches(NOT_BLANK, { message: 'proposition must not be blank' })
  @MaxLength(MAX_TEXT)
  proposition!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the issue covers and how it differs from others.',
  })
  @IsOptional()
  @MaxLength(MAX_TEXT)
  description?: string | null;

  @Field(() => [IssueCueInput], {
    defaultValue: [],
    description: 'Cues for the ingestion pipeline (at most 100).',
  })
  @ArrayMaxSize(100)
  cues!: IssueCueInput[];
}

@InputType({ description: 'Changes to an issue’s name, proposition or description (never its slug).' })
export class UpdateIssueInput extends ChangeInput {
  @Field(() => ID, { description: 'Global id of the Issue.' })
  id!: string;

  @Field(() => Int, {
    description: 'The version you read; when it has moved on, CONFLICT and nothing is written.',
  })
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'New short name.' })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(MAX_NAME)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New proposition.' })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'proposition must not be blank' })
  @MaxLength(MAX_TEXT)
  proposition?: string | null;

  @Field(() => String, { nullable: true, description: 'New description; null clears it.' })
  @IsOptional()
  @MaxLength(MAX_TEXT)
  description?: string | null;

  @Field(() => [IssueCueInput], {
    nullable: true,
    description: 'New cues for the ingestion pipeline (replaces the list; at most 100).',
  })
  @IsOptional()
  @ArrayMaxSize(100)
  cues?: IssueCueInput[] | null;
}

@ObjectType({ description: 'The issue after the change, and the audit entry.' })
export class IssuePayload {
  @Field(() => Issue, { description: 'The issue as it is now.' })
  issue!: Issue;
  @Field(() => AuditEntry, { description: 'The audit entry of this change.' })
  auditEntry!: AuditEntry;
}
