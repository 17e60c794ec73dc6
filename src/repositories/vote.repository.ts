import { type Database } from '../db';
import { type AgreementRecord, type VoteRecord } from './records';

/** The votes a slug names: one per dispute using it, or only that of `dispute`. */
export function findVotesBySlug(db: Database, slug: string, dispute: string | null): Promise<VoteRecord[]> {
  return db.readQuery<VoteRecord>('vote/find-votes-by-slug', { slug, dispute });
}

export function findAgreementsByIds(db: Database, keys: readonly string[]): Promise<AgreementRecord[]> {
  return db.readQuery<AgreementRecord>('vote/find-agreements-by-ids', { keys });
}
