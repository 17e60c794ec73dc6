import { Field, ObjectType } from 'type-graphql';
import { type MembershipRecord, type RoleRecord, type SpokespersonRecord } from '../repositories/records';
import { Recorded } from './node.interface';
import { preloadedOf } from './preloaded';
import { provenanceOf } from './provenance';
import { DateScalar } from './scalars';

@ObjectType({
  implements: Recorded,
  description: 'A title a person holds at an organization, e.g. "spokeswoman for Gov. Malloy".',
})
export class Role extends Recorded {
  @Field(() => String, { description: 'The title as the articles give it.' })
  title!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Since when, if the articles say.' })
  since!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Until when, if the articles say.' })
  until!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Curator’s note on the dates, e.g. how they were inferred.',
  })
  note!: string | null;

  personKey!: string;
  organizationKey!: string;
  evidenceKeys!: string[];

  static from(record: RoleRecord): Role {
    return Object.assign(new Role(), record, provenanceOf(record));
  }
}

@ObjectType({
  implements: Recorded,
  description: 'A stakeholder’s membership of an organization (a union in SEBAC, a local in a union).',
})
export class Membership extends Recorded {
  @Field(() => String, { description: 'How the member belongs, e.g. "member union", "local of".' })
  relation!: string;

  @Field(() => Boolean, {
    description: 'True when no article says it outright (e.g. read off a name); see note.',
  })
  inferred!: boolean;

  @Field(() => String, { nullable: true, description: 'How an inferred membership was inferred.' })
  note!: string | null;

  memberKey!: string;
  organizationKey!: string;
  evidenceKeys!: string[];

  static from(record: MembershipRecord): Membership {
    return Object.assign(new Membership(), record, provenanceOf(record));
  }
}

@ObjectType({ description: 'A person who speaks for an organization, with what they said on its behalf.' })
export class Spokesperson {
  @Field(() => [String], {
    description: 'The person’s titles at the organization, if the articles give any.',
  })
  titles!: string[];

  personKey!: string;
  evidenceKeys!: string[];
  preloaded!: Partial<Pick<SpokespersonRecord, 'person' | 'evidence'>>;

  static from(record: SpokespersonRecord): Spokesperson {
    return Object.assign(new Spokesperson(), {
      personKey: record.personKey,
      titles: record.titles,
      evidenceKeys: record.evidenceKeys ?? [],
      preloaded: preloadedOf(record, ['person', 'evidence']),
    });
  }
}
