import { type Database } from '../db';
import { type PageRequest, type StakeholderRecord } from './records';

export interface NameCursor {
  name: string;
  key: string;
}

export function findStakeholdersByIds(db: Database, keys: readonly string[]): Promise<StakeholderRecord[]> {
  return db.readQuery<StakeholderRecord>('stakeholder/find-stakeholders-by-ids', { keys });
}

export function findPeoplePage(db: Database, page: PageRequest<NameCursor>): Promise<StakeholderRecord[]> {
  return db.readQuery<StakeholderRecord>('stakeholder/find-people-page', {
    afterName: page.after?.name ?? null,
    afterId: page.after?.key ?? null,
    limit: page.limit,
  });
}

export function findOrganizationsPage(
  db: Database,
  kind: string | null,
  page: PageRequest<NameCursor>,
): Promise<StakeholderRecord[]> {
  return db.readQuery<StakeholderRecord>('stakeholder/find-organizations-page', {
    kind,
    afterName: page.after?.name ?? null,
    afterId: page.after?.key ?? null,
    limit: page.limit,
  });
}
