import { Field, ID, Int, InterfaceType } from 'type-graphql';

@InterfaceType('Node', { description: 'An object with a global id that `node(id:)` refetches.' })
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global id; pass it to node(id:) to refetch this object.' })
  id!: string;
}

@InterfaceType('Stakeholder', {
  implements: Node,
  description: 'Anyone with a stake in the dispute: a Person or an Organization.',
})
export abstract class Stakeholder extends Node {
  @Field(() => String, { description: 'Stable curated key, e.g. "dannel-malloy" or "sebac".' })
  key!: string;

  @Field(() => String, { description: 'Canonical name.' })
  name!: string;

  @Field(() => [String], { description: 'Other names the articles use, e.g. "the governor".' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'Curator’s one-line description.' })
  description!: string | null;

  @Field(() => Int, {
    description:
      'Version for optimistic concurrency: pass it as expectedVersion to updateStakeholder. Seeded stakeholders start at 1; every change adds 1.',
  })
  version!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Actor id of whoever created it through the API ("token:…", "jwt:…"); null when curated.',
  })
  createdBy!: string | null;

  @Field(() => String, { nullable: true, description: 'When it was created through the API (ISO 8601).' })
  createdAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When it was last changed through the API (ISO 8601).',
  })
  updatedAt!: string | null;
}
