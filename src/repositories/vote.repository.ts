import { type Database, type Selection, type Writer } from '../db';
import { type AgreementRecord, type TallyCounts, type VoteRecord } from './records';

/** The votes a slug names: one per dispute using it, or only that of `dispute`. */
/** What the client selected of each ballot: its unit and its evidence (null: not selected). */
export interface BallotSelection {
  unit: Selection | null;
  evidence: Selection | null;
}

/**
 * The votes a slug names (one per dispute, or the one of `dispute`) with the check of `dispute`,
 * the ballots' units and evidence projected for the selection, in one round trip.
 */
export async function findVotesBySlug(
  db: Database,
  slug: string,
  dispute: string | null,
  ballots: BallotSelection = { unit: null, evidence: null },
): Promise<{ disputeKnown: boolean; votes: VoteRecord[] }> {
  const rows = await db.readProjected<VoteRecord & { disputeKnown: boolean }>(
    'vote/find-votes-by-slug',
    { slug, dispute, withBallotUnits: ballots.unit !== null, withBallotEvidence: ballots.evidence !== null },
    { unit: ballots.unit ?? new Map(), ballotStatement: ballots.evidence ?? new Map() },
  );
  return {
    disputeKnown: rows[0]?.disputeKnown ?? true,
    // No vote of that slug: one row of nulls.
    votes: rows.filter((row) => (row.key as string | null) !== null),
  };
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
