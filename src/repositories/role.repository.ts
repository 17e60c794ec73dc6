import { type Database, type Writer } from '../db';
import { type MembershipRecord, type RoleRecord, type SpokespersonRecord } from './records';

type Owned<T> = T & { ownerKey: string };

export function findRolesByPeople(db: Database, keys: readonly string[]): Promise<Owned<RoleRecord>[]> {
  return db.readQuery('role/find-roles-by-people', { keys });
}

/** The titles one person holds, in the caller's transaction (a speaker an editor just named). */
export function findRolesOfPersonInTx(
  tx: Writer,
  key: string,
): Promise<Pick<RoleRecord, 'organizationKey' | 'title' | 'since' | 'until'>[]> {
  return tx.writeQuery('role/find-roles-of-person', { key });
}

export function findRolesByOrganizations(
  db: Database,
  keys: readonly string[],
): Promise<Owned<RoleRecord>[]> {
  return db.readQuery('role/find-roles-by-organizations', { keys });
}

export function findMembersByOrganizations(
  db: Database,
  keys: readonly string[],
): Promise<Owned<MembershipRecord>[]> {
  return db.readQuery('role/find-members-by-organizations', { keys });
}

export function findMembershipsByMembers(
  db: Database,
  keys: readonly string[],
): Promise<Owned<MembershipRecord>[]> {
  return db.readQuery('role/find-memberships-by-members', { keys });
}

export function findSpokespeopleByOrganizations(
  db: Database,
  keys: readonly string[],
): Promise<Owned<SpokespersonRecord>[]> {
  return db.readQuery('role/find-spokespeople-by-organizations', { keys });
}

export interface LockedRole {
  since: string | null;
  until: string | null;
  version: number;
}

/** Locks a person's roles with one title at one organization; open ones first. */
export function lockRoles(
  tx: Writer,
  key: { person: string; organization: string; title: string },
): Promise<LockedRole[]> {
  return tx.writeQuery<LockedRole>('role/lock-role', { ...key });
}

export async function createRole(
  tx: Writer,
  params: {
    person: string;
    organization: string;
    title: string;
    since: string | null;
    note: string | null;
    evidence: string[];
    origin: 'editor' | 'suggestion';
    actor: string;
    at: string;
  },
): Promise<void> {
  await tx.writeQuery('role/create-role', { ...params });
}

export async function endRole(
  tx: Writer,
  params: {
    person: string;
    organization: string;
    title: string;
    until: string;
    evidence: string[];
    version: number;
    actor: string;
    at: string;
  },
): Promise<void> {
  await tx.writeQuery('role/end-role', { ...params });
}

/** Locks a stakeholder's memberships of an organization (normally none or one). */
export function lockMemberships(
  tx: Writer,
  key: { member: string; organization: string },
): Promise<{ relation: string; version: number }[]> {
  return tx.writeQuery('role/lock-membership', { ...key });
}

export async function createMembership(
  tx: Writer,
  params: {
    member: string;
    organization: string;
    relation: string;
    inferred: boolean;
    note: string | null;
    evidence: string[];
    actor: string;
    at: string;
  },
): Promise<void> {
  await tx.writeQuery('role/create-membership', { ...params });
}
