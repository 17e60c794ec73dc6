import { Field, Int, ObjectType } from 'type-graphql';
import { type DisputeRecord } from '../repositories/records';
import { toGlobalId } from './global-id';
import { Node } from './node.interface';

@ObjectType({
  implements: Node,
  description:
    'A public dispute: it owns its issues, votes, events and figures; stakeholders and articles are shared across disputes.',
})
export class Dispute extends Node {
  @Field(() => String, {
    description: 'Stable slug, e.g. "ct-sebac-2011-concessions"; pass it as `dispute`.',
  })
  slug!: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What is in dispute, between whom, when.' })
  description!: string | null;

  @Field(() => Int, { description: 'How many issues the dispute has.' })
  issueCount!: number;

  @Field(() => Int, { description: 'How many votes the dispute has.' })
  voteCount!: number;

  @Field(() => [String], {
    description: 'The slugs of its votes, in order; pass one to `vote(slug:, dispute:)`.',
  })
  voteSlugs!: string[];

  static from(record: DisputeRecord): Dispute {
    return Object.assign(new Dispute(), {
      id: toGlobalId('Dispute', record.key),
      slug: record.key,
      name: record.name,
      description: record.description,
      issueCount: record.issueCount,
      voteCount: record.voteCount,
      voteSlugs: record.voteSlugs,
    });
  }
}
