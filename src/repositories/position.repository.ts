import { type Database, type Selection, type Writer } from '../db';
import {
  type ArticleRecord,
  type IssueRecord,
  type PositionRecord,
  type StakeholderRecord,
  type StatementRecord,
} from './records';

export interface LatestPositionsKey {
  /** The issue's id. */
  issueKey: string;
  asOf: string | null;
  /** Only answering positions of this stance (null or absent: all). */
  stance?: string | null;
}

/** What a latest-positions query also fetches, in the same round trip: what the client selected. */
export interface PositionRelations {
  holder: boolean;
  evidence: boolean;
  /** The evidence's speakers and articles (only with evidence). */
  speaker: boolean;
  article: boolean;
}

export const NO_POSITION_RELATIONS: PositionRelations = {
  holder: false,
  evidence: false,
  speaker: false,
  article: false,
};

/** An evidence statement fetched with its position, with its speaker and article when asked. */
export type EvidenceRecord = StatementRecord & {
  speaker: StakeholderRecord | null;
  article: ArticleRecord | null;
};

export type LatestPositionRow = PositionRecord & {
  index: number;
  holder: StakeholderRecord | null;
  evidence: EvidenceRecord[] | null;
};

export function findLatestPositionsByIssues(
  db: Database,
  keys: readonly LatestPositionsKey[],
  relations: PositionRelations = NO_POSITION_RELATIONS,
): Promise<LatestPositionRow[]> {
  return db.readQuery('position/find-latest-positions-by-issues', {
    keys: keys.map((key, index) => ({
      issueKey: key.issueKey,
      asOf: key.asOf,
      stance: key.stance ?? null,
      index,
    })),
    withHolder: relations.holder,
    withEvidence: relations.evidence,
    withSpeaker: relations.evidence && relations.speaker,
    withArticle: relations.evidence && relations.article,
  });
}

export interface IssuePositionsQuery {
  slug: string;
  dispute: string | null;
  asOf: string | null;
  stance: string | null;
  first: number;
  /** The client's selection of the issue, and of its positions (null: positions not wanted). */
  issue: Selection;
  positions: Selection | null;
}

export interface IssuePositionsRow {
  disputeKnown: boolean;
  /** Projected for the selection only (see src/db/compose.ts). */
  issue: IssueRecord | null;
  positions: PositionRecord[];
}

/**
 * An issue by slug with its answering positions, projected for what the client selected: the
 * root fields issue(slug) { positions } and alignment in one round trip.
 */
export function findIssuePositionsBySlug(
  db: Database,
  query: IssuePositionsQuery,
): Promise<IssuePositionsRow[]> {
  return db.readProjected<IssuePositionsRow>(
    'position/find-issue-positions-by-slug',
    {
      slug: query.slug,
      dispute: query.dispute,
      asOf: query.asOf,
      stance: query.stance,
      first: query.first,
      withPositions: query.positions !== null,
    },
    { i: query.issue, p: query.positions ?? new Map() },
  );
}

export function findPositionsByHolders(
  db: Database,
  keys: readonly string[],
): Promise<(PositionRecord & { ownerKey: string })[]> {
  return db.readQuery('position/find-positions-by-holders', { keys });
}

export function findPositionsByIds(db: Database, keys: readonly string[]): Promise<PositionRecord[]> {
  return db.readQuery<PositionRecord>('position/find-positions-by-ids', { keys });
}

export interface EvidenceCandidate {
  key: string;
  aboutIssue: boolean;
  saidOn: string | null;
  articlePublishedOn: string | null;
  retracted: boolean;
}

/** What recordPosition checks of each evidence statement, in the caller's transaction. */
export function findEvidenceCandidates(
  tx: Writer,
  keys: readonly string[],
  issue: string,
): Promise<EvidenceCandidate[]> {
  return tx.writeQuery<EvidenceCandidate>('position/find-evidence-candidates', { keys, issue });
}

export interface NewPositionParams {
  id: string;
  holder: string;
  issue: string;
  stance: string;
  asOf: string;
  asOfEarliest: string;
  asOfLatest: string;
  asOfPrecision: string;
  asOfInferred: boolean;
  asOfNote: string | null;
  confidence: number;
  inferred: boolean;
  note: string | null;
  evidence: string[];
  /** "editor", or "suggestion" for an accepted ingestion proposal (Recorded.source). */
  origin: string;
  actor: string;
  at: string;
}

/** Creates an editor's position in the caller's transaction; returns its id. */
export async function createPosition(tx: Writer, params: NewPositionParams): Promise<string> {
  const [row] = await tx.writeQuery<{ key: string }>('position/create-position', { ...params });
  if (row === undefined) throw new Error('position/create-position returned no row');
  return row.key;
}

/** An accepted suggestion's live position of the same holder, issue, stance and day, if any. */
export async function findSameDayPosition(
  tx: Writer,
  params: { holder: string; issue: string; stance: string; asOf: string; asOfPrecision: string },
): Promise<{ key: string; version: number } | null> {
  const [row] = await tx.writeQuery<{ key: string; version: number }>('position/find-same-day-position', {
    ...params,
  });
  return row ?? null;
}

/** Adds evidence to a position in the caller's transaction; returns how many statements it cites. */
export async function addPositionEvidence(
  tx: Writer,
  params: { key: string; evidence: string[]; note: string | null; version: number; at: string },
): Promise<number> {
  const [row] = await tx.writeQuery<{ key: string; evidenceCount: number }>(
    'position/add-position-evidence',
    {
      ...params,
    },
  );
  if (row === undefined) throw new Error('position/add-position-evidence returned no row');
  return row.evidenceCount;
}

export interface LockedPosition {
  key: string;
  version: number;
  holderKey: string;
  issueKey: string;
  stance: string;
  retractedAt: string | null;
  supersededBy: string | null;
}

/** Locks a position for the caller's transaction and reads its state; null when there is none. */
export async function lockPosition(tx: Writer, key: string): Promise<LockedPosition | null> {
  const [row] = await tx.writeQuery<LockedPosition>('position/lock-position', { key });
  return row ?? null;
}

export interface PositionStatus {
  key: string;
  retractedAt: string | null;
  retractedBy: string | null;
  retractReason: string | null;
  supersededBy: string | null;
  version: number;
  at: string;
}

/** Withdraws, restores or marks replaced a position, in the caller's transaction. */
export async function setPositionStatus(tx: Writer, status: PositionStatus): Promise<void> {
  await tx.writeQuery('position/set-position-status', { ...status });
}
