/**
 * The data the ingestion pipeline reads and proposes. Everything here is plain data: the pipeline
 * (src/ingest/*) is pure, so the caller passes what the graph or the seed knows (stakeholders,
 * roles, issues with their cues) and gets proposals back; nothing is written by these stages.
 */
import { type ProposedPosition } from './positions';
import { type SaidOn } from './dates';

export type Stance = 'SUPPORT' | 'OPPOSE' | 'MIXED' | 'NEUTRAL';

/** A stakeholder the graph already has, with every surface form it is known by. */
export interface KnownStakeholder {
  id: string;
  name: string;
  aliases: string[];
  type: 'PERSON' | 'ORGANIZATION';
  /** What sort of organization (UNION, NEWS_OUTLET …); null for a person or when not recorded. */
  kind?: string | null;
}

/** A title held at an organization, for `the governor` → the holder at the article's date. */
export interface KnownRole {
  personId: string;
  organizationId: string;
  title: string;
  /** ISO dates; null = open. */
  since: string | null;
  until: string | null;
}

/**
 * A phrase that signals an issue. `stance` says what the phrase, said without negation, shows
 * about the speaker's stance on the issue's proposition; null = it only says the quote is about
 * the issue. A trailing `*` matches any word ending (`renegotiat*`).
 */
export interface IssueCue {
  phrase: string;
  stance: 'SUPPORT' | 'OPPOSE' | null;
}

export interface KnownIssue {
  /** The graph id ("<dispute>/<slug>"), when read from the graph. */
  key?: string;
  slug: string;
  name: string;
  cues: IssueCue[];
}

/** A reviewed statement: its words, and for each issue it is about, the side shown (null: none). */
export interface LabelledStatement {
  text: string;
  /** Who said it: the stakeholder's id, or the name of one not in the graph (none: unknown). */
  speaker?: string | null;
  issues: { slug: string; stance: Stance | null }[];
}

export interface Knowledge {
  stakeholders: KnownStakeholder[];
  roles: KnownRole[];
  issues: KnownIssue[];
  /** Reviewed statements to learn issues and sides from (learned.ts); none: the cues alone. */
  examples?: LabelledStatement[];
}

/** A span of the article text, UTF-16 offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  paragraph: number;
}

/** Which ordered rule produced an attribution (kept on every proposal for the reviewer). */
export type AttributionRule =
  | 'after-quote:speaker-verb'
  | 'after-quote:verb-speaker'
  | 'after-quote:dash'
  | 'before-quote:speaker-verb'
  | 'before-quote:verb-speaker'
  | 'before-quote:colon'
  | 'speaker-label'
  | 'interview-answer'
  | 'hearing-question'
  | 'hearing-answer'
  | 'self-introduction'
  | 'letter-signature'
  | 'according-to'
  | 'same-paragraph'
  | 'previous-paragraph'
  | 'sentence-before'
  | 'sentence-after'
  | 'follow-up-question'
  | 'dialogue-turn'
  | 'named-after'
  | 'continued-quote'
  | 'same-report'
  | 'document'
  | 'reported-speech';

/** How a speaker phrase was resolved to a stakeholder. */
export type LinkRule =
  | 'name'
  | 'alias'
  | 'surname-in-article'
  | 'first-name-in-article'
  | 'title-in-article'
  | 'noun-in-article'
  | 'role-at-date'
  | 'pronoun'
  | 'byline'
  | 'new-person'
  | 'new-organization';

export interface ProposedRole {
  title: string;
  organizationId: string | null;
  organizationName: string | null;
}

/** A stakeholder as the pipeline proposes it: a known id, or a new person to create. */
export interface EntityRef {
  name: string;
  /** Graph id of a known stakeholder; null for a proposed new person or organization. */
  id: string | null;
  isNew: boolean;
  type: 'PERSON' | 'ORGANIZATION';
  link: LinkRule;
  /** For a new person: the title and organization read from the appositive. */
  role: ProposedRole | null;
}

export interface IssueProposal {
  slug: string;
  stance: Stance;
  confidence: number;
  /** Below the pipeline's threshold: kept, but marked so a reviewer knows. */
  lowConfidence: boolean;
  /** The cue phrases that fired, with the negation they were read under. */
  cues: string[];
  /**
   * The side the speaker says they held before and left in their next quote ("I voted no the
   * first time …" then "Now … I'm voting yes"): a true reading of these words, but not the
   * speaker's position as of the article, so it is marked low and counts for no position.
   */
  formerSide?: boolean;
  /** Read by the model of the reviewed statements (learned.ts), not by a cue. */
  learned?: boolean;
}

export type ProposedKind = 'DIRECT_QUOTE' | 'PARTIAL_QUOTE' | 'PARAPHRASE';
export type Medium = 'SPOKEN' | 'LETTER' | 'WRITTEN_STATEMENT' | 'EMAIL' | 'PHONE_INTERVIEW' | 'UNKNOWN';

/** One proposed statement: words, where they are, who said them, for whom, about what. */
export interface ProposedStatement {
  kind: ProposedKind;
  /** The words without quote marks (for a paraphrase: the reporter's sentence). */
  text: string;
  start: number;
  end: number;
  paragraph: number;
  speaker: EntityRef | null;
  onBehalfOf: EntityRef | null;
  rule: AttributionRule | null;
  medium: Medium;
  issues: IssueProposal[];
  confidence: number;
  /** The day the words were said, when the sentence names it (src/ingest/dates.ts). */
  saidOn: SaidOn | null;
}

/** A quoted phrase the pipeline decided is not a statement (scare quote, title, nickname). */
export interface SkippedQuote extends Span {
  text: string;
  reason: string;
}

export interface PipelineResult {
  version: string;
  statements: ProposedStatement[];
  skipped: SkippedQuote[];
  /** Every person the article's statements involve, known or proposed new, once each. */
  people: EntityRef[];
  /** One stance per holder and issue, from the statements (src/ingest/positions.ts). */
  positions: ProposedPosition[];
}
