import { type Database } from '../db';
import { type PageRequest, type StakeholderRecord } from './records';

export interface NameCursor {
  name: string;
  key: string;
}

export function findStakeholdersByIds(db: Database, keys: readonly string[]): Promise<StakeholderRecord[]> {
  return db.readQuery<StakeholderRecord>('stakeholder/find-stakeholders-by-ids', { keys });
}

export function findPeoplePage(
  db: Database,
  dispute: string | null,
  page: PageRequest<NameCursor>,
): Promise<StakeholderRecord[]> {
  return db.readQuery<StakeholderRecord>('stakeholder/find-people-page', {
    dispute,
    afterName: page.after?.name ?? null,
    afterId: page.after?.key ?? null,
    limit: page.limit,
  });
}

export function findOrganizationsPage(
  db: Database,
  kind: string | null,
  dispute: string | null,
  page: PageRequest<NameCursor>,
): Promise<StakeholderRecord[]> {
  return db.readQuery<StakeholderRecord>('stakeholder/find-organizations-page', {
    kind,
    dispute,
    afterName: page.after?.name ?? null,
    afterId: page.after?.key ?? null,
    limit: page.limit,
  });
}
