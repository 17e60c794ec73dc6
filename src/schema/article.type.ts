import { Field, ObjectType } from 'type-graphql';
import { type ArticleRecord } from '../repositories/records';
import { DatePrecision } from './enums';
import { toGlobalId } from './global-id';
import { Node, Recorded, Versioned } from './node.interface';
import { preloadedOf } from './preloaded';
import { provenanceOf } from './provenance';
import { DateScalar } from './scalars';

@ObjectType({ implements: [Node, Recorded, Versioned], description: 'A source news article.' })
export class Article extends Versioned {
  @Field(() => String, { description: 'Stable curated key, e.g. "ctmirror-2011-07-05".' })
  key!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "File name of the article's text in the seed (seed/articles/), named by its key; null for articles added through the API.",
  })
  file!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the article was published online, when known.' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'Headline, when known.' })
  headline!: string | null;

  @Field(() => String, { nullable: true, description: 'Author, when known.' })
  author!: string | null;

  @Field(() => Boolean, { description: 'True when the author was inferred (e.g. from a closing bio).' })
  authorInferred!: boolean;

  @Field(() => Boolean, {
    description: 'True when the outlet was inferred from the text’s style and dateline.',
  })
  outletInferred!: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Publication date.' })
  publishedOn!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How precise publishedOn is.' })
  publishedPrecision!: DatePrecision | null;

  @Field(() => Boolean, { description: 'True when the publication date was inferred: the texts carry none.' })
  publishedInferred!: boolean;

  @Field(() => String, { nullable: true, description: 'The reasoning behind an inferred date.' })
  publishedNote!: string | null;

  outletKey!: string | null;
  preloaded!: Partial<Pick<ArticleRecord, 'outlet'>>;

  static from(record: ArticleRecord): Article {
    return Object.assign(new Article(), {
      ...record,
      id: toGlobalId('Article', record.key),
      ...provenanceOf(record),
      publishedPrecision: record.publishedPrecision as DatePrecision | null,
      preloaded: preloadedOf(record, ['outlet']),
    });
  }
}
