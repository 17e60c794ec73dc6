import { Field, ObjectType } from 'type-graphql';
import { type StakeholderRecord } from '../repositories/records';
import { toGlobalId } from './global-id';
import { Node, Stakeholder, Recorded, Versioned } from './node.interface';
import { preloadedOf } from './preloaded';
import { provenanceOf } from './provenance';

@ObjectType({
  implements: [Node, Recorded, Versioned, Stakeholder],
  description: 'A person named in the articles.',
})
export class Person extends Stakeholder {
  @Field(() => String, { nullable: true, description: 'Party, e.g. "Democratic", where the articles say.' })
  party!: string | null;

  @Field(() => String, { nullable: true, description: 'Legislative district, e.g. "North Stonington".' })
  district!: string | null;

  static from(record: StakeholderRecord): Person {
    return Object.assign(new Person(), {
      id: toGlobalId('Person', record.key),
      key: record.key,
      name: record.name,
      aliases: record.aliases,
      description: record.description,
      ...provenanceOf(record),
      party: record.party,
      district: record.district,
    });
  }
}

@ObjectType({
  implements: [Node, Recorded, Versioned, Stakeholder],
  description: 'A coalition, union, local, government office, legislature, party, outlet or workplace.',
})
export class Organization extends Stakeholder {
  @Field(() => String, {
    description:
      'What sort of organization this is: an open vocabulary of UPPER_SNAKE_CASE codes, e.g. UNION, UNION_LOCAL, COALITION, GOVERNMENT_OFFICE, NEWS_OUTLET.',
  })
  kind!: string;

  preloaded!: Partial<Pick<StakeholderRecord, 'spokespeople'>>;

  static from(record: StakeholderRecord): Organization {
    return Object.assign(new Organization(), {
      id: toGlobalId('Organization', record.key),
      key: record.key,
      name: record.name,
      aliases: record.aliases,
      description: record.description,
      ...provenanceOf(record),
      kind: record.kind,
      preloaded: preloadedOf(record, ['spokespeople']),
    });
  }
}

/** A Person or an Organization, by the record's label. */
export function stakeholderFrom(record: StakeholderRecord): Person | Organization {
  return record.label === 'Person' ? Person.from(record) : Organization.from(record);
}
