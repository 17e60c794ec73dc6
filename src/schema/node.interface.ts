import { Field, ID, Int, InterfaceType, registerEnumType } from 'type-graphql';

@InterfaceType('Node', { description: 'An object with a global id that `node(id:)` refetches.' })
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global id; pass it to node(id:) to refetch this object.' })
  id!: string;
}

/** Where a fact came from: the curated seed, an editor's mutation, or an accepted machine suggestion. */
export enum FactSource {
  CURATION = 'CURATION',
  EDITOR = 'EDITOR',
  SUGGESTION = 'SUGGESTION',
}
registerEnumType(FactSource, {
  name: 'FactSource',
  description: 'Where a fact came from.',
  valuesConfig: {
    CURATION: { description: 'The curated seed (seed/data), or a fixture loaded the same way.' },
    EDITOR: { description: 'An editor’s mutation through the API.' },
    SUGGESTION: { description: 'A machine suggestion (ingestion) that an editor accepted.' },
  },
});

/**
 * Who created a fact, when, from what source, and its version: on every fact editors can change,
 * nodes (through the Versioned interface) and relationships (Role, Membership) alike.
 */
@InterfaceType('Recorded', {
  description:
    'A fact editors can change, node or relationship: its version for optimistic concurrency, and who created it, when, and from what source.',
})
export abstract class Recorded {
  @Field(() => Int, {
    description:
      'Version for optimistic concurrency: pass it as expectedVersion to an update. Curated facts start at 1; every change adds 1.',
  })
  version!: number;

  @Field(() => FactSource, { description: 'Where the fact came from: CURATION, EDITOR or SUGGESTION.' })
  source!: FactSource;

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

@InterfaceType('Versioned', {
  implements: [Node, Recorded],
  description: 'A node editors can change (see Recorded), refetchable by node(id:).',
})
export abstract class Versioned extends Recorded {
  @Field(() => ID, { description: 'Opaque global id; pass it to node(id:) to refetch this object.' })
  id!: string;
}

@InterfaceType('Stakeholder', {
  implements: [Node, Recorded, Versioned],
  description: 'Anyone with a stake in the dispute: a Person or an Organization.',
})
export abstract class Stakeholder extends Versioned {
  @Field(() => String, { description: 'Stable curated key, e.g. "dannel-malloy" or "sebac".' })
  key!: string;

  @Field(() => String, { description: 'Canonical name.' })
  name!: string;

  @Field(() => [String], { description: 'Other names the articles use, e.g. "the governor".' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'Curator’s one-line description.' })
  description!: string | null;
}
