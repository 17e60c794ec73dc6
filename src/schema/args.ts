import { Max, Min } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { Stance } from './enums';
import { DateScalar } from './scalars';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_HOPS = 6;
export const MAX_SEARCH_RESULTS = 50;
/** Items a list field returns when `first` is omitted. */
export const DEFAULT_LIST_SIZE = 50;

/**
 * `first` on a list whose length grows with the data (statements, positions, events …):
 * without it, one nested selection could return the whole graph many times over. The operation
 * cost (src/limits/cost.ts) multiplies by the same number.
 */
@ArgsType()
export class ListArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_LIST_SIZE,
    description: `How many items to return, 1 to ${MAX_PAGE_SIZE}, in the list's order.`,
  })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first!: number;
}

@ArgsType()
export class PageArgs {
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

@ArgsType()
export class ScopedPageArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only those involved in this dispute (slug).' })
  dispute?: string | null;
}

@ArgsType()
export class OrganizationsArgs extends ScopedPageArgs {
  @Field(() => String, { nullable: true, description: 'Only organizations of this kind, e.g. "UNION".' })
  kind?: string | null;
}

@InputType({ description: 'Filters for statements; all given filters must hold.' })
export class StatementFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Said by this person, or on behalf of this organization (global id).',
  })
  speakerId?: string | null;

  @Field(() => String, { nullable: true, description: 'About this issue (slug; see dispute).' })
  issueSlug?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'About an issue of this dispute (slug); also says which dispute issueSlug is in.',
  })
  dispute?: string | null;

  @Field(() => Stance, {
    nullable: true,
    description: 'Cited as evidence of a position with this stance (on issueSlug when given).',
  })
  stance?: Stance | null;

  @Field(() => String, { nullable: true, description: 'From this article (global id).' })
  articleId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Said on or after this date.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Said on or before this date.' })
  to?: string | null;
}

@ArgsType()
export class StatementsArgs extends PageArgs {
  @Field(() => StatementFilter, { nullable: true, description: 'Filters; omit for all statements.' })
  where?: StatementFilter | null;
}
