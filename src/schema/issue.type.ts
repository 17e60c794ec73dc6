import { Field, ObjectType } from 'type-graphql';
import { decodeCue } from '../ingest/cues';
import { type IssueRecord, type PositionRecord } from '../repositories/records';
import { Stance } from './enums';
import { toGlobalId } from './global-id';
import { Node, Recorded, Versioned } from './node.interface';
import { provenanceOf } from './provenance';

@ObjectType({
  description: 'A phrase the ingestion pipeline reads as a sign of an issue (editable data on the issue).',
})
export class IssueCue {
  @Field(() => String, { description: 'The phrase; a trailing * matches any word ending ("renegotiat*").' })
  phrase!: string;

  @Field(() => Stance, {
    nullable: true,
    description:
      'SUPPORT or OPPOSE: what the phrase shows when said without negation (a negation in its clause flips it); null: it only marks the topic.',
  })
  stance!: Stance | null;
}

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
  /**
   * The positions the root field's one query fetched, for these arguments of `positions` (see
   * IssueResolver.issue); other arguments go through the loader.
   */
  preloadedPositions?: {
    first: number;
    stance: string | null;
    asOf: string | null;
    records: PositionRecord[];
  };

  @Field(() => String, { description: 'Short name.' })
  name!: string;

  @Field(() => String, { description: 'The proposition that SUPPORT and OPPOSE refer to.' })
  proposition!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the issue covers and how it differs from its neighbours.',
  })
  description!: string | null;

  @Field(() => [IssueCue], {
    description:
      'The cues the ingestion pipeline classifies quotes by (docs/ingestion.md); empty: never proposed.',
  })
  cues!: IssueCue[];

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
      cues: (record.cues ?? []).map((stored) => {
        const cue = decodeCue(stored);
        return { phrase: cue.phrase, stance: cue.stance === null ? null : Stance[cue.stance] };
      }),
    });
  }
}
