import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AuditEntry } from './audit.type';
import { ChangeInput, MAX_NAME, MAX_TEXT, NOT_BLANK } from './change.input';
import { BallotOutcome, ThresholdMeasure } from './enums';
import { ReportedFigure } from './event.type';
import { DatedInput } from './position.input';
import { Vote } from './vote.type';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

@InputType({ description: 'One condition of a rule reading: the measure must reach atLeast.' })
export class ThresholdInput {
  @Field(() => ThresholdMeasure, { description: 'What is counted.' })
  measure!: ThresholdMeasure;

  @Field(() => Float, { description: 'The least value that meets it: a whole count, or a share 0 to 1.' })
  @Min(0)
  atLeast!: number;

  @Field(() => Int, { nullable: true, description: 'For counts: out of how many ("14 of 15").' })
  @IsOptional()
  @Min(1)
  outOf?: number | null;

  @Field(() => String, { nullable: true, description: 'What a share is a share of, in the source’s words.' })
  @IsOptional()
  @MaxLength(MAX_TEXT)
  base?: string | null;

  @Field(() => [ID], { description: 'Global ids of the Statements that give the threshold (1 to 20).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  evidenceIds!: string[];
}

@InputType({ description: 'One source’s reading of a rule: every threshold must hold.' })
export class RuleReadingInput {
  @Field(() => String, { description: 'A slug naming the reading, e.g. "fourteen-unions".' })
  @Matches(SLUG, { message: 'id must be lower-case words joined by hyphens' })
  @MaxLength(60)
  id!: string;

  @Field(() => String, { description: 'The reading in a few words.' })
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(MAX_NAME)
  name!: string;

  @Field(() => [ThresholdInput], { description: 'Its conditions (1 to 10).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  thresholds!: ThresholdInput[];

  @Field(() => [ID], { description: 'Global ids of the Statements that word the rule this way (1 to 20).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  evidenceIds!: string[];
}

@InputType({ description: 'A vote’s ratification rule: a description and its readings.' })
export class VoteRuleInput {
  @Field(() => String, { description: 'The rule in words.' })
  @Matches(NOT_BLANK, { message: 'description must not be blank' })
  @MaxLength(MAX_TEXT)
  description!: string;

  @Field(() => [RuleReadingInput], { description: 'Readings, one per way the sources word it (1 to 5).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  readings!: RuleReadingInput[];

  @Field(() => [ID], { description: 'Global ids of the Statements that give the rule (1 to 20).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  evidenceIds!: string[];
}

@InputType({ description: 'A new vote in a dispute. Tallies and ballots are added as sources report them.' })
export class CreateVoteInput extends ChangeInput {
  @Field(() => String, { description: 'The dispute’s id.' })
  @Matches(NOT_BLANK, { message: 'dispute must not be blank' })
  @MaxLength(MAX_NAME)
  dispute!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Slug, unique in the dispute; made from name when omitted.',
  })
  @IsOptional()
  @Matches(SLUG, { message: 'slug must be lower-case words joined by hyphens' })
  @MaxLength(60)
  slug?: string | null;

  @Field(() => String, { description: 'Name of the vote.' })
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(MAX_NAME)
  name!: string;

  @Field(() => String, { nullable: true, description: 'The id of the agreement put to the vote, if any.' })
  @IsOptional()
  @MaxLength(MAX_NAME)
  agreement?: string | null;

  @Field(() => DatedInput, { nullable: true, description: 'When voting closed, if known.' })
  closedOn?: DatedInput | null;

  @Field(() => VoteRuleInput, { description: 'The ratification rule.' })
  rule!: VoteRuleInput;

  @Field(() => [String], {
    defaultValue: [],
    description: 'Slugs of the dispute’s issues the vote concerns.',
  })
  @ArrayMaxSize(20)
  issueSlugs!: string[];

  @Field(() => [ID], { description: 'Global ids of the Statements that report the vote (1 to 20).' })
  @ArrayMinSize(1, { message: 'evidenceIds must name at least one statement' })
  @ArrayMaxSize(20)
  evidenceIds!: string[];
}

@InputType()
class VoteRefInput extends ChangeInput {
  @Field(() => String, { description: 'The vote’s slug.' })
  @Matches(NOT_BLANK, { message: 'voteSlug must not be blank' })
  @MaxLength(MAX_NAME)
  voteSlug!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The vote’s dispute; needed only when several use the slug.',
  })
  @IsOptional()
  @MaxLength(MAX_NAME)
  dispute?: string | null;

  @Field(() => Int, { nullable: true, description: 'The vote’s version you read (Vote.version).' })
  @IsOptional()
  @Min(1)
  expectedVersion?: number | null;

  @Field(() => [ID], { description: 'Global ids of the Statements, all from one article (1 to 20).' })
  @ArrayMinSize(1, { message: 'evidenceIds must name at least one statement' })
  @ArrayMaxSize(20)
  evidenceIds!: string[];
}

@InputType({
  description: 'One source’s report of a vote’s aggregate result; leave out what it does not say.',
})
export class RecordTallyInput extends VoteRefInput {
  @Field(() => Int, { nullable: true, description: 'Unions that voted.' })
  @IsOptional()
  @Min(0)
  unionsTotal?: number | null;
  @Field(() => Int, { nullable: true, description: 'Unions that approved.' })
  @IsOptional()
  @Min(0)
  unionsFor?: number | null;
  @Field(() => Int, { nullable: true, description: 'Unions that rejected.' })
  @IsOptional()
  @Min(0)
  unionsAgainst?: number | null;
  @Field(() => Int, { nullable: true, description: 'Bargaining units that voted.' })
  @IsOptional()
  @Min(0)
  bargainingUnitsTotal?: number | null;
  @Field(() => Int, { nullable: true, description: 'Bargaining units that approved.' })
  @IsOptional()
  @Min(0)
  bargainingUnitsFor?: number | null;
  @Field(() => Int, { nullable: true, description: 'Bargaining units that rejected.' })
  @IsOptional()
  @Min(0)
  bargainingUnitsAgainst?: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of members voting yes, 0 to 1.' })
  @IsOptional()
  @Min(0)
  @Max(1)
  memberShareFor?: number | null;
}

@InputType({ description: 'How one named unit voted.' })
export class RecordBallotInput extends VoteRefInput {
  @Field(() => ID, { description: 'Global id of the Organization (the unit) that voted.' })
  unitId!: string;

  @Field(() => BallotOutcome, { description: 'APPROVE or REJECT.' })
  outcome!: BallotOutcome;
}

@ObjectType({ description: 'The vote after the change, and the audit entry.' })
export class VotePayload {
  @Field(() => Vote, { description: 'The vote as it is now, with its tallies, ballots and outcome.' })
  vote!: Vote;
  @Field(() => AuditEntry, { description: 'The audit entry of this change.' })
  auditEntry!: AuditEntry;
}

@InputType({ description: 'A number as one article reports it.' })
export class AddFigureInput extends ChangeInput {
  @Field(() => String, { description: 'The dispute’s id.' })
  @Matches(NOT_BLANK, { message: 'dispute must not be blank' })
  @MaxLength(MAX_NAME)
  dispute!: string;

  @Field(() => String, {
    description: 'What is measured, a slug shared by reports of it, e.g. "planned-layoffs".',
  })
  @Matches(SLUG, { message: 'measure must be lower-case words joined by hyphens' })
  @MaxLength(60)
  measure!: string;

  @Field(() => Float, { description: 'The number.' })
  value!: number;

  @Field(() => String, { description: 'Its unit, e.g. "jobs", "USD".' })
  @Matches(NOT_BLANK, { message: 'unit must not be blank' })
  @MaxLength(60)
  unit!: string;

  @Field(() => String, { nullable: true, description: 'E.g. "up to", "about", "more than".' })
  @IsOptional()
  @MaxLength(MAX_NAME)
  qualifier?: string | null;

  @Field(() => String, {
    description: 'The words the article uses, verbatim from one of the source statements.',
  })
  @Matches(NOT_BLANK, { message: 'asReported must not be blank' })
  @MaxLength(MAX_TEXT)
  asReported!: string;

  @Field(() => DatedInput, { nullable: true, description: 'When the number holds, if known.' })
  on?: DatedInput | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the stakeholder whose number it is.' })
  attributedToId?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'Slugs of the dispute’s issues it concerns.' })
  @ArrayMaxSize(20)
  issueSlugs!: string[];

  @Field(() => [ID], { description: 'Global ids of the source Statements, all in one article (1 to 20).' })
  @ArrayMinSize(1, { message: 'evidenceIds must name at least one statement' })
  @ArrayMaxSize(20)
  evidenceIds!: string[];
}

@ObjectType({ description: 'The figure added, and the audit entry.' })
export class FigurePayload {
  @Field(() => ReportedFigure, { description: 'The new figure.' })
  figure!: ReportedFigure;
  @Field(() => AuditEntry, { description: 'The audit entry of this change.' })
  auditEntry!: AuditEntry;
}
