import { type Database } from '../db';
import { type MembershipRecord, type RoleRecord, type SpokespersonRecord } from './records';

type Owned<T> = T & { ownerKey: string };

export function findRolesByPeople(db: Database, keys: readonly string[]): Promise<Owned<RoleRecord>[]> {
  return db.readQuery('role/find-roles-by-people', { keys });
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
