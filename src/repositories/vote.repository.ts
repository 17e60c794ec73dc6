import { type Database, type Writer } from '../db';
import { type AgreementRecord, type TallyCounts, type VoteRecord } from './records';

/** The votes a slug names: one per dispute using it, or only that of `dispute`. */
export function findVotesBySlug(db: Database, slug: string, dispute: string | null): Promise<VoteRecord[]> {
  return db.readQuery<VoteRecord>('vote/find-votes-by-slug', { slug, dispute });
}

export function findAgreementsByIds(db: Database, keys: readonly string[]): Promise<AgreementRecord[]> {
  return db.readQuery<AgreementRecord>('vote/find-agreements-by-ids', { keys });
}

export interface LockedVote {
  key: string;
  version: number;
  tallyArticleKeys: string[];
  ballotUnitKeys: string[];
}

/** Locks a vote for the caller's transaction; null when there is none. */
export async function lockVote(tx: Writer, key: string): Promise<LockedVote | null> {
  const [row] = await tx.writeQuery<LockedVote>('vote/lock-vote', { key });
  return row ?? null;
}

export interface NewVoteParams {
  id: string;
  slug: string;
  dispute: string;
  name: string;
  agreement: string | null;
  closedOn: string | null;
  closedOnEarliest: string | null;
  closedOnLatest: string | null;
  closedOnPrecision: string | null;
  closedOnInferred: boolean;
  closedOnNote: string | null;
  ruleDescription: string;
  ruleReadings: string;
  ruleEvidence: string[];
  issues: string[];
  evidence: string[];
  actor: string;
  at: string;
}

/** Creates an editor's vote; null when its dispute does not exist. */
export async function createVote(tx: Writer, params: NewVoteParams): Promise<string | null> {
  const [row] = await tx.writeQuery<{ key: string }>('vote/create-vote', { ...params });
  return row?.key ?? null;
}

export async function createTally(
  tx: Writer,
  params: TallyCounts & {
    vote: string;
    id: string;
    evidence: string[];
    version: number;
    actor: string;
    at: string;
  },
): Promise<void> {
  await tx.writeQuery('vote/create-tally', { ...params });
}

export async function createBallot(
  tx: Writer,
  params: {
    vote: string;
    id: string;
    unit: string;
    outcome: string;
    evidence: string[];
    version: number;
    actor: string;
    at: string;
  },
): Promise<void> {
  await tx.writeQuery('vote/create-ballot', { ...params });
}
