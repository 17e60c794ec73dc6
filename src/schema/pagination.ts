import { type ClassType, Field, ObjectType } from 'type-graphql';
import { Article } from './article.type';
import { Person, Organization } from './stakeholder.type';
import { Statement } from './statement.type';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when another page follows.' })
  hasNextPage!: boolean;
  @Field(() => Boolean, { description: 'Always false: pages go forward only (first/after).' })
  hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor of the first edge.' })
  startCursor!: string | null;
  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass it as `after`.' })
  endCursor!: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

/** Builds Relay Connection and Edge classes for a node type (as type-graphql's examples do). */
export function connectionOf<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`, { description: `An edge to a ${name}.` })
  class Edge {
    @Field(() => String, { description: 'Opaque keyset cursor of this edge.' })
    cursor!: string;
    @Field(() => nodeType, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} objects.` })
  class Connection implements Page<T> {
    @Field(() => [Edge], { description: 'The edges of this page.' })
    edges!: Edge[];
    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor to get them.' })
    pageInfo!: PageInfo;
  }
  return Connection;
}

export const PersonConnection = connectionOf('Person', Person);
export const OrganizationConnection = connectionOf('Organization', Organization);
export const ArticleConnection = connectionOf('Article', Article);
export const StatementConnection = connectionOf('Statement', Statement);
