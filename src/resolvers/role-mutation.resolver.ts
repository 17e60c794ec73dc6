import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { type Context } from '../context';
import { NotFoundError } from '../errors';
import { type AuditEntryRecord } from '../repositories/audit.repository';
import { AuditEntry } from '../schema/audit.type';
import { fromGlobalId } from '../schema/global-id';
import {
  AddMembershipInput,
  AddRoleInput,
  EndRoleInput,
  MembershipPayload,
  RolePayload,
} from '../schema/role.input';
import { Organization, Person, stakeholderFrom } from '../schema/stakeholder.type';
import { addMembershipWrite, addRoleWrite, endRoleWrite } from '../write/role.write';
import { statementKeys } from './inputs';
import { viewerOf } from './stakeholder-mutation.resolver';

/** Roles and memberships: who holds what title where, who belongs to what. */
@Resolver()
export class RoleMutationResolver {
  @Authorized('editor')
  @Mutation(() => RolePayload, {
    description:
      'Adds a title a person holds at an organization, with its evidence; refused while the same title there is still open. Needs the editor role.',
  })
  async addRole(
    @Arg('input', () => AddRoleInput, { description: 'The role, its evidence, and why.' })
    input: AddRoleInput,
    @Ctx() ctx: Context,
  ): Promise<RolePayload> {
    const key = roleKey(input);
    const { audit } = await addRoleWrite(ctx.db, viewerOf(ctx), {
      ...key,
      since: input.since ?? null,
      note: input.note ?? null,
      evidenceKeys: statementKeys(input.evidenceIds),
      reason: input.reason,
    });
    return rolePayload(ctx, key, audit);
  }

  @Authorized('editor')
  @Mutation(() => RolePayload, {
    description:
      'Ends a person’s open role on a date, with the statements that say so. Needs the editor role.',
  })
  async endRole(
    @Arg('input', () => EndRoleInput, { description: 'The role, its last day, evidence, and why.' })
    input: EndRoleInput,
    @Ctx() ctx: Context,
  ): Promise<RolePayload> {
    const key = roleKey(input);
    const { audit } = await endRoleWrite(ctx.db, viewerOf(ctx), {
      ...key,
      until: input.until,
      evidenceKeys: statementKeys(input.evidenceIds),
      expectedVersion: input.expectedVersion ?? null,
      reason: input.reason,
    });
    return rolePayload(ctx, key, audit);
  }

  @Authorized('editor')
  @Mutation(() => MembershipPayload, {
    description:
      'Records that a person or organization belongs to an organization, with its evidence (never itself, never twice). Needs the editor role.',
  })
  async addMembership(
    @Arg('input', () => AddMembershipInput, { description: 'The membership, its evidence, and why.' })
    input: AddMembershipInput,
    @Ctx() ctx: Context,
  ): Promise<MembershipPayload> {
    const member = fromGlobalId(input.memberId, 'input.memberId', ['Person', 'Organization']).key;
    const organization = fromGlobalId(input.organizationId, 'input.organizationId', ['Organization']).key;
    const { audit } = await addMembershipWrite(ctx.db, viewerOf(ctx), {
      member,
      organization,
      relation: input.relation.trim(),
      inferred: input.inferred,
      note: input.note ?? null,
      evidenceKeys: statementKeys(input.evidenceIds),
      reason: input.reason,
    });
    const [memberRecord, organizationRecord] = await Promise.all([
      stakeholder(ctx, member),
      stakeholder(ctx, organization),
    ]);
    return {
      member: stakeholderFrom(memberRecord),
      organization: Organization.from(organizationRecord),
      auditEntry: AuditEntry.from(audit),
    };
  }
}

function roleKey(input: { personId: string; organizationId: string; title: string }) {
  return {
    person: fromGlobalId(input.personId, 'input.personId', ['Person']).key,
    organization: fromGlobalId(input.organizationId, 'input.organizationId', ['Organization']).key,
    title: input.title.trim(),
  };
}

async function stakeholder(ctx: Context, key: string) {
  const record = await ctx.loaders.stakeholder.load(key);
  if (record === null) throw new NotFoundError('stakeholder', key);
  return record;
}

async function rolePayload(
  ctx: Context,
  key: { person: string; organization: string },
  audit: AuditEntryRecord,
): Promise<RolePayload> {
  const [person, organization] = await Promise.all([
    stakeholder(ctx, key.person),
    stakeholder(ctx, key.organization),
  ]);
  return {
    person: Person.from(person),
    organization: Organization.from(organization),
    auditEntry: AuditEntry.from(audit),
  };
}
