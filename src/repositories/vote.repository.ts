import { type Database } from '../db';
import { type AgreementRecord, type VoteRecord } from './records';

export async function findVoteBySlug(db: Database, slug: string): Promise<VoteRecord | undefined> {
  const [vote] = await db.readQuery<VoteRecord>('vote/find-vote-by-slug', { slug });
  return vote;
}

export function findAgreementsByIds(db: Database, keys: readonly string[]): Promise<AgreementRecord[]> {
  return db.readQuery<AgreementRecord>('vote/find-agreements-by-ids', { keys });
}
