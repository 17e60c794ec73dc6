import { Field, ObjectType } from 'type-graphql';
import { type IssueRecord } from '../repositories/records';
import { toGlobalId } from './global-id';
import { Node, Recorded, Versioned } from './node.interface';
import { provenanceOf } from './provenance';

@ObjectType({
  implements: [Node, Recorded, Versioned],
  description: 'A question in dispute, stated as a proposition one can support or oppose.',
})
export class Issue extends Versioned {
  @Field(() => String, { description: 'Stable slug, e.g. "renegotiation"; unique within its dispute.' })
  slug!: string;

  /** The issue's id in the graph, "<dispute>/<slug>". */
  key!: string;
  disputeKey!: string;

  @Field(() => String, { description: 'Short name.' })
  name!: string;

  @Field(() => String, { description: 'The proposition that SUPPORT and OPPOSE refer to.' })
  proposition!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the issue covers and how it differs from its neighbours.',
  })
  description!: string | null;

  static from(record: IssueRecord): Issue {
    return Object.assign(new Issue(), {
      id: toGlobalId('Issue', record.key),
      key: record.key,
      slug: record.slug,
      disputeKey: record.disputeKey,
      name: record.name,
      proposition: record.proposition,
      description: record.description,
      ...provenanceOf(record),
    });
  }
}
