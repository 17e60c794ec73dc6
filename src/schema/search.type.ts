import { Field, Float, ObjectType } from 'type-graphql';
import { Node } from './node.interface';
import { type PathEnd } from './analysis.type';

@ObjectType({ description: 'A full-text search hit.' })
export class SearchHit {
  @Field(() => Float, { description: 'Relevance from the full-text index; higher is better.' })
  score!: number;

  @Field(() => String, { description: 'The matching text with the matched words marked «like this».' })
  snippet!: string;

  @Field(() => String, { description: 'Person, Organization, Issue or Statement.' })
  type!: string;

  target!: PathEnd;
}

export { Node };
