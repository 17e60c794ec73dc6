import { ArrayMaxSize, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Article } from './article.type';
import { AuditEntry } from './audit.type';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './args';
import { Stance, StatementKind } from './enums';
import { DateScalar } from './scalars';
import { Suggestion, SuggestionStatus } from './suggestion.type';

const NOT_BLANK = /\S/;
const MAX_REASON = 2000;
/** About 20,000 words: longer texts are not news articles, and the pipeline is linear in length. */
export const MAX_ARTICLE_TEXT = 200_000;

@InputType({ description: 'An article to ingest: its text and what is known of it.' })
export class IngestArticleInput {
  @Field(() => String, {
    description: `The article's full text (at most ${MAX_ARTICLE_TEXT} characters); offsets index into it.`,
  })
  @Matches(NOT_BLANK, { message: 'text must not be blank' })
  @MaxLength(MAX_ARTICLE_TEXT)
  text!: string;

  @Field(() => String, { nullable: true, description: 'Where the article was published online.' })
  @IsOptional()
  @MaxLength(2000)
  url?: string | null;

  @Field(() => String, {
    description: 'The outlet: an organization id, name or alias; an unknown one is created as a NEWS_OUTLET.',
  })
  @Matches(NOT_BLANK, { message: 'outlet must not be blank' })
  @MaxLength(200)
  outlet!: string;

  @Field(() => String, { nullable: true, description: 'The headline.' })
  @IsOptional()
  @MaxLength(500)
  title?: string | null;

  @Field(() => DateScalar, {
    description: 'The publication date; titles ("the governor") are resolved as of it.',
  })
  publishedOn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only propose this dispute’s issues (default: every issue with cues).',
  })
  @IsOptional()
  dispute?: string | null;

  @Field(() => String, {
    defaultValue: 'ingested for review',
    description: 'Why you ingest it, for the audit log.',
  })
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  @MaxLength(MAX_REASON)
  reason!: string;
}

@ObjectType({
  description:
    'Words the pipeline proposed that the article already records as a statement (curated by hand or accepted before): not proposed again, so as not to invite a duplicate.',
})
export class AlreadyRecorded {
  @Field(() => ID, {
    description:
      'Global id of the live statement that records these words (the same span, or mostly the same words).',
  })
  statementId!: string;
  @Field(() => Int, { description: 'Start of the words (UTF-16 offset into the article text).' })
  start!: number;
  @Field(() => Int, { description: 'End of the words (UTF-16 offset, exclusive).' })
  end!: number;
  @Field(() => String, { description: 'The words.' })
  text!: string;
}

@ObjectType({ description: 'What ingesting an article proposed, and what it stored.' })
export class IngestArticlePayload {
  @Field(() => Boolean, { description: 'True when nothing was written.' })
  dryRun!: boolean;
  @Field(() => Article, {
    nullable: true,
    description:
      'The stored article (an existing one when the same text was ingested before); null in a dry run of new text.',
  })
  article!: Article | null;
  @Field(() => [Suggestion], { description: 'Every suggestion for the article, in text order.' })
  suggestions!: Suggestion[];
  @Field(() => Int, { description: 'Suggestions this call added (0 in a dry run or a repeat).' })
  created!: number;
  @Field(() => Int, { description: 'Suggestions that were already stored from an earlier ingest.' })
  existing!: number;
  @Field(() => [AlreadyRecorded], {
    description:
      'Proposals not stored (in a dry run: that would not be) because the article records their words already.',
  })
  alreadyRecorded!: AlreadyRecorded[];
  @Field(() => String, {
    nullable: true,
    description: 'Id of the audit entry of the ingest (null in a dry run).',
  })
  auditEntryId!: string | null;
}

@ArgsType()
export class ReviewQueueArgs {
  @Field(() => ID, { description: 'Global id of the Article.' })
  articleId!: string;

  @Field(() => SuggestionStatus, {
    nullable: true,
    defaultValue: SuggestionStatus.PROPOSED,
    description: 'Only this status (null: all).',
  })
  status?: SuggestionStatus | null;

  @Field(() => Float, { defaultValue: 0, description: 'Only suggestions at or above this confidence (0–1).' })
  @Min(0)
  @Max(1)
  minConfidence!: number;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'false: only suggestions with no proposed stance (where neither the issues’ cues nor the model learned from reviewed statements found one: the quotes to read for new cues); true: only those with one; null: all.',
  })
  withStances?: boolean | null;

  @Field(() => Int, {
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many edges to return, 1 to ${MAX_PAGE_SIZE}.`,
  })
  first!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Return edges after this cursor (pageInfo.endCursor).',
  })
  after?: string | null;
}

@InputType({ description: 'A stance a reviewer sets on an issue.' })
export class StanceEdit {
  @Field(() => String, { description: 'The issue’s slug.' })
  issueSlug!: string;
  @Field(() => Stance, { description: 'The stance (NEUTRAL: the words are about the issue, no position).' })
  stance!: Stance;
}

@InputType({ description: 'What to change before accepting; anything left out is accepted as proposed.' })
export class SuggestionEdits {
  @Field(() => ID, {
    nullable: true,
    description:
      'Global id of the real speaker (a Person or Organization). Unless onBehalfOfId or clearOnBehalfOf is given too, the statement then speaks for the organization where the new speaker holds a spokesperson’s, president’s or other representative title at the article’s date (one such organization), else for none: never for the one proposed next to the old speaker.',
  })
  speakerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the organization the speaker spoke for.' })
  onBehalfOfId?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'True: the speaker spoke for no organization.' })
  clearOnBehalfOf!: boolean;

  @Field(() => StatementKind, { nullable: true, description: 'Another kind (e.g. PARTIAL_QUOTE).' })
  kind?: StatementKind | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The day the words were said, instead of the proposed one (on or before the article’s date).',
  })
  saidOn?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'True: the words carry no day (drop the proposed one).',
  })
  clearSaidOn!: boolean;

  @Field(() => [StanceEdit], { nullable: true, description: 'Replaces the proposed stances (at most 20).' })
  @IsOptional()
  @ArrayMaxSize(20)
  stances?: StanceEdit[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'The dispute of the stances’ slugs, when several use one.',
  })
  dispute?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Global id of the Organization of the new speaker’s appositive role, when the pipeline linked none (another spelling, or an organization you have just created with createOrganization): the role is then added with it. Only for an acceptance that creates the speaker from a proposal with a role title.',
  })
  roleOrganizationId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'What sort of organization the proposed new speaker is (an UPPER_SNAKE_CASE code, e.g. UNION, GOVERNMENT_OFFICE, ACADEMIC_INSTITUTION): needed to accept a suggestion whose speaker is a new organization, which accepting creates; the pipeline reads only its name.',
  })
  @IsOptional()
  @Matches(/^[A-Z][A-Z0-9_]{0,59}$/, {
    message: 'edits.organizationKind must be an UPPER_SNAKE_CASE code, e.g. UNION',
  })
  organizationKind?: string | null;
}

@ObjectType({ description: 'An accepted suggestion and what accepting it wrote.' })
export class AcceptSuggestionPayload {
  @Field(() => Suggestion, { description: 'The suggestion, now ACCEPTED.' })
  suggestion!: Suggestion;
  @Field(() => AuditEntry, { description: 'The audit entry of the acceptance.' })
  auditEntry!: AuditEntry;
}

@ObjectType({ description: 'A rejected suggestion.' })
export class RejectSuggestionPayload {
  @Field(() => Suggestion, { description: 'The suggestion, now REJECTED.' })
  suggestion!: Suggestion;
  @Field(() => AuditEntry, { description: 'The audit entry of the rejection.' })
  auditEntry!: AuditEntry;
}

@ObjectType({ description: 'A suggestion acceptAll left PROPOSED, and why.' })
export class SkippedSuggestion {
  @Field(() => ID, { description: 'The suggestion’s global id.' })
  id!: string;
  @Field(() => String, { description: 'The suggestion’s key, as on Suggestion.key.' })
  key!: string;
  @Field(() => String, { description: 'Why it could not be accepted as proposed.' })
  reason!: string;
}

@ObjectType({ description: 'What acceptAll accepted and what it left for a reviewer.' })
export class AcceptAllPayload {
  @Field(() => [Suggestion], { description: 'The suggestions accepted, in text order.' })
  accepted!: Suggestion[];
  @Field(() => [SkippedSuggestion], { description: 'The suggestions left PROPOSED.' })
  skipped!: SkippedSuggestion[];
  @Field(() => Int, {
    description:
      'PROPOSED suggestions at or above minConfidence that this call did not take because of first (the skipped ones not counted): call again to accept them; 0 when none.',
  })
  remaining!: number;
}

@ObjectType({ description: 'What proposing an article’s suggestions again changed.' })
export class ReproposeSuggestionsPayload {
  @Field(() => Article, { description: 'The article.' })
  article!: Article;
  @Field(() => [Suggestion], {
    description:
      'Every suggestion the new run proposes, in text order, as stored now (accepted and rejected ones unchanged).',
  })
  suggestions!: Suggestion[];
  @Field(() => Int, { description: 'PROPOSED suggestions whose proposal changed.' })
  updated!: number;
  @Field(() => Int, { description: 'Suggestions added for spans proposed for the first time.' })
  created!: number;
  @Field(() => [Suggestion], {
    description:
      'PROPOSED suggestions of spans the new run no longer proposes (left as they were, for you to reject).',
  })
  noLongerProposed!: Suggestion[];
  @Field(() => String, { description: 'Id of the audit entry, which records each replaced proposal.' })
  auditEntryId!: string;
}

export const REASON_MAX = MAX_REASON;
export const REASON_PATTERN = NOT_BLANK;
