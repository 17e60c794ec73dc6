import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { type SuggestionRecord } from '../repositories/suggestion.repository';
import { Stance, StatementKind, StatementMedium } from './enums';
import { toGlobalId } from './global-id';
import { Node } from './node.interface';
import { connectionOf } from './pagination';

export enum SuggestionStatus {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}
registerEnumType(SuggestionStatus, {
  name: 'SuggestionStatus',
  description: 'Where a suggestion of the ingestion pipeline stands in review.',
});

@ObjectType({
  description: 'A stakeholder as the ingestion pipeline proposes it: a known one, or a new person.',
})
export class SuggestedStakeholder {
  @Field(() => String, { description: 'The name as the pipeline read it (the known name when linked).' })
  name!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Global id of the known Person or Organization; null for a new one.',
  })
  id!: string | null;
  @Field(() => Boolean, {
    description:
      'True when no known stakeholder matched: accepting creates the person (or organization, when isOrganization).',
  })
  isNew!: boolean;
  @Field(() => Boolean, {
    description: 'True for an organization (known, or new: "the Connecticut State University System said").',
  })
  isOrganization!: boolean;
  @Field(() => String, {
    nullable: true,
    description:
      'How the name was linked: name, alias, surname-in-article, first-name-in-article, title-in-article, noun-in-article, role-at-date, pronoun, byline ("I" in a piece with a byline), new-person or new-organization.',
  })
  link!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'For a new person: the title read from the appositive.',
  })
  roleTitle!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'For a new person: the organization of that title, as named.',
  })
  roleOrganization!: string | null;
}

@ObjectType({ description: 'An issue a suggested statement addresses, and the stance it shows.' })
export class SuggestedStance {
  @Field(() => String, { description: 'The issue’s slug.' })
  issueSlug!: string;
  @Field(() => Stance, { description: 'The stance read from the words (NEUTRAL: the issue only).' })
  stance!: Stance;
  @Field(() => Float, { description: 'How sure the pipeline is, 0–1.' })
  confidence!: number;
  @Field(() => Boolean, {
    description: 'Below 0.5: kept for the reviewer, not recorded as a position unless set.',
  })
  lowConfidence!: boolean;
  @Field(() => [String], {
    description:
      'The issue cues that fired, with (+)/(−) after negation; "learned: …" when the model of the graph’s reviewed statements read it (with its probabilities, and how many of those statements were the speaker’s: who says it weighs in).',
  })
  cues!: string[];
  @Field(() => Boolean, {
    description:
      'True when the issue or its side was read by the model learned from the graph’s reviewed statements, not by a cue (always low confidence).',
  })
  learned!: boolean;
}

@ObjectType({
  implements: [Node],
  description:
    'A statement the ingestion pipeline proposes from an article: the words, who said them, for whom, and the stances they show. An editor accepts (writing it through the write path), fixes or rejects it.',
})
export class Suggestion extends Node {
  @Field(() => String, {
    description:
      'The suggestion’s key: the article’s key, q (quote) or p (paraphrase), and the span, e.g. "ctmirror-2011-07-05:q120-164"; stable across re-ingests of the same text, as is the global id made from it.',
  })
  key!: string;
  @Field(() => SuggestionStatus, { description: 'PROPOSED until an editor accepts or rejects it.' })
  status!: SuggestionStatus;
  @Field(() => ID, { description: 'Global id of the Article the words are in.' })
  articleId!: string;
  @Field(() => StatementKind, { description: 'DIRECT_QUOTE, PARTIAL_QUOTE or PARAPHRASE (reported speech).' })
  kind!: StatementKind;
  @Field(() => String, {
    description: 'The words, without quote marks (a paraphrase: the reporter’s sentence).',
  })
  text!: string;
  @Field(() => Int, { description: 'UTF-16 offset of the first character in the article text.' })
  start!: number;
  @Field(() => Int, { description: 'UTF-16 offset just past the last character.' })
  end!: number;
  @Field(() => Int, { description: '1-based paragraph.' })
  paragraph!: number;
  @Field(() => StatementMedium, {
    description: 'How the words reached the reporter, as the attribution says.',
  })
  medium!: StatementMedium;
  @Field(() => String, {
    nullable: true,
    description: 'The attribution rule that fired (null: left unattributed).',
  })
  rule!: string | null;
  @Field(() => Float, { description: 'Confidence of the attribution, 0–1.' })
  confidence!: number;
  @Field(() => Boolean, { description: 'Unattributed or below 0.5: look at it closely.' })
  lowConfidence!: boolean;
  @Field(() => String, { description: 'The pipeline version that proposed it ("ingest v37").' })
  pipelineVersion!: string;
  @Field(() => SuggestedStakeholder, {
    nullable: true,
    description: 'The proposed speaker; null when unattributed.',
  })
  speaker!: SuggestedStakeholder | null;
  @Field(() => SuggestedStakeholder, {
    nullable: true,
    description: 'The organization the speaker spoke for.',
  })
  onBehalfOf!: SuggestedStakeholder | null;
  @Field(() => [SuggestedStance], { description: 'The issues and stances the words show.' })
  stances!: SuggestedStance[];
  @Field(() => String, {
    nullable: true,
    description:
      'The day the words were said (YYYY-MM-DD), read from a day named in the attribution ("said Tuesday") against the article’s date; null when the article names none.',
  })
  saidOn!: string | null;
  @Field(() => String, { nullable: true, description: 'How saidOn was read.' })
  saidOnNote!: string | null;
  @Field(() => String, { description: 'Actor id that ingested the article.' })
  createdBy!: string;
  @Field(() => String, { description: 'When it was proposed (ISO 8601).' })
  createdAt!: string;
  @Field(() => String, { nullable: true, description: 'Actor id that accepted or rejected it.' })
  reviewedBy!: string | null;
  @Field(() => String, { nullable: true, description: 'When it was reviewed (ISO 8601).' })
  reviewedAt!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The reviewer’s reason (for a rejection) or the provenance line.',
  })
  reviewReason!: string | null;
  @Field(() => ID, { nullable: true, description: 'Global id of the Statement accepting it wrote.' })
  statementId!: string | null;
  @Field(() => [ID], { description: 'Global ids of the Positions accepting it recorded.' })
  positionIds!: string[];
  @Field(() => ID, {
    nullable: true,
    description: 'Global id of the Person or Organization (the proposed new speaker) accepting it created.',
  })
  createdSpeakerId!: string | null;

  static from(record: SuggestionRecord, stances: SuggestedStance[]): Suggestion {
    const stakeholderId = (key: string | null, isOrganization: boolean) =>
      key === null ? null : toGlobalId(isOrganization ? 'Organization' : 'Person', key);
    return Object.assign(new Suggestion(), {
      id: toGlobalId('Suggestion', record.id),
      key: record.id,
      status: record.status as SuggestionStatus,
      articleId: toGlobalId('Article', record.articleId),
      kind: record.kind as StatementKind,
      text: record.text,
      start: record.start,
      end: record.end,
      paragraph: record.paragraph,
      medium: record.medium as StatementMedium,
      rule: record.rule,
      confidence: record.confidence,
      lowConfidence: record.lowConfidence,
      pipelineVersion: record.pipelineVersion,
      speaker:
        record.speakerName === null
          ? null
          : {
              name: record.speakerName,
              id: stakeholderId(record.speakerId, record.speakerType === 'ORGANIZATION'),
              isNew: record.speakerIsNew,
              isOrganization: record.speakerType === 'ORGANIZATION',
              link: record.speakerLink,
              roleTitle: record.roleTitle,
              roleOrganization: record.roleOrganizationName,
            },
      onBehalfOf:
        record.onBehalfOfName === null
          ? null
          : {
              name: record.onBehalfOfName,
              id: stakeholderId(record.onBehalfOfId, true),
              isNew: false,
              isOrganization: true,
              link: null,
              roleTitle: null,
              roleOrganization: null,
            },
      stances,
      saidOn: record.saidOn,
      saidOnNote: record.saidOnNote,
      createdBy: record.createdBy,
      createdAt: record.createdAt,
      reviewedBy: record.reviewedBy ?? null,
      reviewedAt: record.reviewedAt ?? null,
      reviewReason: record.reviewReason ?? null,
      statementId: record.statementId == null ? null : toGlobalId('Statement', record.statementId),
      positionIds: record.positionIds.map((key) => toGlobalId('Position', key)),
      createdSpeakerId:
        record.createdStakeholderId == null
          ? null
          : toGlobalId(
              record.speakerType === 'ORGANIZATION' ? 'Organization' : 'Person',
              record.createdStakeholderId,
            ),
    });
  }
}

export const SuggestionConnection = connectionOf('Suggestion', Suggestion);
