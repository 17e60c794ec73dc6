import { IsOptional, IsUrl, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Article } from './article.type';
import { AuditEntry } from './audit.type';
import { DatePrecision } from './enums';
import { DateScalar } from './scalars';
import { ChangeInput, MAX_TEXT, NOT_BLANK } from './change.input';

/** Long enough for a feature article; the texts of the seed are under 20,000 characters. */
export const MAX_ARTICLE_TEXT = 200_000;

@InputType({ description: 'When an article was published, as precisely as it is known.' })
export class PublishedOnInput {
  @Field(() => DateScalar, { description: 'The date, or its best estimate (YYYY-MM-DD).' })
  date!: string;

  @Field(() => DatePrecision, { defaultValue: DatePrecision.DAY, description: 'How precise the date is.' })
  precision!: DatePrecision;

  @Field(() => Boolean, { defaultValue: false, description: 'True when the date is inferred, not printed.' })
  inferred!: boolean;

  @Field(() => String, { nullable: true, description: 'How the date was inferred, or any caveat.' })
  @IsOptional()
  @MaxLength(MAX_TEXT)
  note?: string | null;
}

@InputType({ description: 'A new article: its full text, who published it, when.' })
export class AddArticleInput extends ChangeInput {
  @Field(() => String, {
    description: `The full text, exactly as published (statements index into it by UTF-16 offsets; it cannot change later). At most ${MAX_ARTICLE_TEXT} characters; paragraphs are separated by a blank line.`,
  })
  @Matches(NOT_BLANK, { message: 'text must not be blank' })
  @MaxLength(MAX_ARTICLE_TEXT)
  text!: string;

  @Field(() => ID, { description: 'Global id of the Organization (kind NEWS_OUTLET) that published it.' })
  outlet!: string;

  @Field(() => String, { nullable: true, description: 'Where it was published online.' })
  @IsOptional()
  @IsUrl({ require_protocol: true }, { message: 'url must be an absolute http(s) URL' })
  @MaxLength(MAX_TEXT)
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'The headline.' })
  @IsOptional()
  @MaxLength(MAX_TEXT)
  title?: string | null;

  @Field(() => PublishedOnInput, { description: 'When it was published.' })
  @ValidateNested()
  publishedOn!: PublishedOnInput;
}

@InputType({ description: 'A change to an article’s metadata (never its text).' })
export class UpdateArticleMetadataInput extends ChangeInput {
  @Field(() => ID, { description: 'Global id of the Article.' })
  id!: string;

  @Field(() => Int, {
    description: 'The version you read; if it changed meanwhile nothing is written and you get CONFLICT.',
  })
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'New headline; omit to keep it, null to clear it.' })
  @IsOptional()
  @MaxLength(MAX_TEXT)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'New URL; omit to keep it, null to clear it.' })
  @IsOptional()
  @IsUrl({ require_protocol: true }, { message: 'url must be an absolute http(s) URL' })
  @MaxLength(MAX_TEXT)
  url?: string | null;

  @Field(() => PublishedOnInput, { nullable: true, description: 'New publication date; omit to keep it.' })
  @IsOptional()
  @ValidateNested()
  publishedOn?: PublishedOnInput | null;
}

@ObjectType({ description: 'The article as written, and the audit entry recording the change.' })
export class ArticlePayload {
  @Field(() => Article, { description: 'The article after the change.' })
  article!: Article;
  @Field(() => AuditEntry, { description: 'The audit entry of this change.' })
  auditEntry!: AuditEntry;
}
