import { type Database } from '../db';
import { type VoteRecord } from './records';

export async function findVoteBySlug(db: Database, slug: string): Promise<VoteRecord | undefined> {
  const [vote] = await db.readQuery<VoteRecord>('vote/find-vote-by-slug', { slug });
  return vote;
}
