/**
 * Plain records the repositories return: the columns of the cypher/ files, typed. Keys are the
 * curated ids (slugs); GraphQL global ids are made from them in src/schema/.
 */
export type DatePrecision = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

export interface StakeholderRecord {
  key: string;
  label: 'Person' | 'Organization';
  name: string;
  aliases: string[];
  kind: string | null;
  party: string | null;
  district: string | null;
  description: string | null;
  /** Optimistic-concurrency version; 1 for seeded nodes, which carry none. */
  version: number;
  /** Provenance, set by the write path; null on seeded nodes. */
  createdBy: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  /** An organization's spokespeople, fetched by a composed query (absent: not fetched). */
  spokespeople?: SpokespersonRecord[];
}

/** Set by the write path on what it creates; absent (version 1, nulls) on curated nodes. */
export interface ProvenanceRecord {
  version?: number | null;
  /** The seed's data-set name on curated nodes; "editor" or "suggestion" on written ones. */
  origin?: string | null;
  createdBy?: string | null;
  createdAt?: string | null;
  updatedAt?: string | null;
}

export interface StatementRecord extends ProvenanceRecord {
  retractedAt?: string | null;
  retractedBy?: string | null;
  retractReason?: string | null;
  key: string;
  text: string;
  kind: string;
  medium: string;
  saidOn: string | null;
  saidOnPrecision: DatePrecision | null;
  saidOnInferred: boolean;
  saidOnNote: string | null;
  start: number;
  end: number;
  paragraph: number;
  note: string | null;
  articleKey: string;
  articlePublishedOn: string | null;
  speakerKey: string | null;
  onBehalfOfKey: string | null;
  /** Ids of the issues ("<dispute>/<slug>"). */
  issueKeys: string[];
  mentionKeys: string[];
  /** Fetched with the statement by a composed query (absent: not fetched; see src/db/compose.ts). */
  speaker?: StakeholderRecord | null;
  onBehalfOf?: StakeholderRecord | null;
  article?: ArticleRecord | null;
}

export interface ArticleRecord extends ProvenanceRecord {
  key: string;
  /** Null for articles added through the API (their text lives only in the graph). */
  file: string | null;
  url: string | null;
  headline: string | null;
  author: string | null;
  authorInferred: boolean;
  outletInferred: boolean;
  publishedOn: string | null;
  publishedPrecision: DatePrecision | null;
  publishedInferred: boolean;
  publishedNote: string | null;
  outletKey: string | null;
  /** Fetched with the article by a composed query (absent: not fetched). */
  outlet?: StakeholderRecord | null;
}

export interface IssueRecord extends ProvenanceRecord {
  /** The issue's id, "<dispute>/<slug>": slugs are unique only within a dispute. */
  key: string;
  slug: string;
  disputeKey: string;
  name: string;
  proposition: string;
  description: string | null;
  /** Cue phrases of the ingestion pipeline, stored as "+phrase", "-phrase" or "phrase". */
  cues?: string[];
}

export interface PositionRecord extends ProvenanceRecord {
  key: string;
  stance: string;
  asOf: string;
  /** The window asOf can fall in (equal to asOf for a DAY). */
  asOfEarliest: string;
  asOfLatest: string;
  asOfPrecision: DatePrecision | null;
  asOfInferred: boolean;
  asOfNote: string | null;
  confidence: number | null;
  inferred: boolean;
  note: string | null;
  holderKey: string;
  /** The issue's id, and its slug (unique only within its dispute). */
  issueKey: string;
  issueSlug: string;
  /** The id of the issue's dispute. */
  issueDispute: string;
  evidenceKeys: string[];
  counterEvidenceKeys: string[];
  retractedAt?: string | null;
  retractReason?: string | null;
  /** The position that replaced this one (supersedePosition), if any. */
  supersededByKey?: string | null;
  /** Fetched with the position by a composed query (absent or null: not fetched). */
  holder?: StakeholderRecord | null;
  evidence?: StatementRecord[] | null;
  counterEvidence?: StatementRecord[] | null;
}

export interface RoleRecord extends ProvenanceRecord {
  personKey: string;
  organizationKey: string;
  title: string;
  since: string | null;
  until: string | null;
  note: string | null;
  evidenceKeys: string[];
}

export interface MembershipRecord extends ProvenanceRecord {
  memberKey: string;
  organizationKey: string;
  relation: string;
  inferred: boolean;
  note: string | null;
  evidenceKeys: string[];
}

export interface SpokespersonRecord {
  personKey: string;
  titles: string[];
  /** Absent when a composed query fetched the evidence itself (below). */
  evidenceKeys?: string[];
  /** Fetched by a composed query (absent: not fetched; see src/db/compose.ts). */
  person?: StakeholderRecord;
  evidence?: StatementRecord[];
}

/** The counts one source reports for a vote; what it does not say is null. */
export interface TallyCounts {
  unionsTotal: number | null;
  unionsFor: number | null;
  unionsAgainst: number | null;
  bargainingUnitsTotal: number | null;
  bargainingUnitsFor: number | null;
  bargainingUnitsAgainst: number | null;
  memberShareFor: number | null;
}

export interface TallyRecord extends ProvenanceRecord, TallyCounts {
  key: string;
  evidenceKeys: string[];
  articleKeys: string[];
}

export interface BallotRecord extends ProvenanceRecord {
  key: string;
  unitKey: string;
  outcome: string;
  evidenceKeys: string[];
  /** Fetched with the ballot (see find-votes-by-slug): the unit as selected, the evidence when selected. */
  unit?: StakeholderRecord | null;
  evidence?: StatementRecord[] | null;
}

export interface VoteRecord extends ProvenanceRecord {
  /** The vote's id, "<dispute>/<slug>". */
  key: string;
  slug: string;
  disputeKey: string;
  name: string;
  closedOn: string | null;
  closedOnPrecision: DatePrecision | null;
  closedOnInferred: boolean;
  closedOnNote: string | null;
  ruleDescription: string;
  /** JSON of the rule's readings: [{id, name, thresholds: [{measure, atLeast, outOf?, base?, evidence}], evidence}]. */
  ruleReadings: string;
  ruleEvidenceKeys: string[];
  evidenceKeys: string[];
  agreementKey: string | null;
  tallies: TallyRecord[];
  ballots: BallotRecord[];
}

export interface AgreementRecord {
  key: string;
  name: string;
  valueUsd: number | null;
  partyKeys: string[];
  evidenceKeys: string[];
  terms: {
    key: string;
    kind: 'TERM' | 'SAVING';
    text: string;
    fiscalYear: string | null;
    amountUsd: number | null;
    evidenceKeys: string[];
  }[];
}

export interface FigureRecord extends ProvenanceRecord {
  key: string;
  measure: string;
  value: number;
  unit: string;
  qualifier: string | null;
  asReported: string;
  on: string | null;
  onPrecision: DatePrecision | null;
  onInferred: boolean;
  onNote: string | null;
  articleKey: string;
  attributedToKey: string | null;
  issueKeys: string[];
  evidenceKeys: string[];
  /** Fetched with the figure by a composed query (absent: not fetched; see src/db/compose.ts). */
  article?: ArticleRecord | null;
  attributedTo?: StakeholderRecord | null;
  evidence?: StatementRecord[] | null;
}

export interface EventRecord {
  key: string;
  kind: string;
  name: string;
  description: string | null;
  on: string | null;
  onPrecision: DatePrecision | null;
  onInferred: boolean;
  onNote: string | null;
  participants: { key: string; role: string }[];
  issueKeys: string[];
  evidenceKeys: string[];
}

export interface SearchRecord {
  label: 'Person' | 'Organization' | 'Issue' | 'Statement';
  key: string;
  score: number;
  name: string | null;
  aliases: string[];
  text: string | null;
}

export interface PathRecord {
  nodes: { label: 'Person' | 'Organization' | 'Statement' | 'Issue' | 'Event'; key: string }[];
  steps: {
    type: string;
    startKey: string;
    endKey: string;
    title: string | null;
    relation: string | null;
    role: string | null;
    evidenceKeys: string[];
  }[];
}

/** A page query asks for one row more than it returns, to know whether another page exists. */
export interface PageRequest<Cursor> {
  after: Cursor | null;
  limit: number;
}

export interface DisputeRecord {
  key: string;
  name: string;
  description: string | null;
  issueCount: number;
  voteCount: number;
  voteSlugs: string[];
}
