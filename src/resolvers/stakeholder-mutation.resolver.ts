import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { type Viewer } from '../auth/viewer';
import { type Context } from '../context';
import { NotFoundError, UnauthenticatedError } from '../errors';
import { AuditEntry } from '../schema/audit.type';
import { fromGlobalId } from '../schema/global-id';
import {
  AliasInput,
  CreateOrganizationInput,
  CreateOrganizationPayload,
  CreatePersonInput,
  CreatePersonPayload,
  RevertChangeInput,
  RevertChangePayload,
  StakeholderChangePayload,
  UpdateStakeholderInput,
} from '../schema/stakeholder.input';
import { Organization, Person, stakeholderFrom } from '../schema/stakeholder.type';
import { type Changed, REVERTIBLE, revertChangeWrite } from '../write/revert.write';
import { loadNodeOrFail } from './node.resolver';
import { createStakeholderWrite, editStakeholderWrite, type WriteResult } from '../write/stakeholder.write';

/** @Authorized has already refused a missing viewer; this narrows the type. */
export function viewerOf(ctx: Context): Viewer {
  if (ctx.auth.viewer === null) throw new UnauthenticatedError('Send "Authorization: Bearer <token>".');
  return ctx.auth.viewer;
}

/** The stakeholder as it is now (after the write), fresh from the database. */
async function reload(ctx: Context, key: string) {
  ctx.loaders.stakeholder.clear(key);
  const record = await ctx.loaders.stakeholder.load(key);
  if (record === null) throw new NotFoundError('stakeholder', key);
  return record;
}

function stakeholderKey(id: string): string {
  return fromGlobalId(id, 'input.id', ['Person', 'Organization']).key;
}

@Resolver()
export class StakeholderMutationResolver {
  @Authorized('editor')
  @Mutation(() => CreatePersonPayload, { description: 'Adds a person. Needs the editor role.' })
  async createPerson(
    @Arg('input', () => CreatePersonInput, { description: 'The person and why you add them.' })
    input: CreatePersonInput,
    @Ctx() ctx: Context,
  ): Promise<CreatePersonPayload> {
    const result = await createStakeholderWrite(ctx.db, viewerOf(ctx), {
      label: 'Person',
      name: input.name,
      aliases: input.aliases,
      kind: null,
      description: input.description ?? null,
      reason: input.reason,
    });
    return { person: Person.from(await reload(ctx, result.key)), auditEntry: AuditEntry.from(result.audit) };
  }

  @Authorized('editor')
  @Mutation(() => CreateOrganizationPayload, { description: 'Adds an organization. Needs the editor role.' })
  async createOrganization(
    @Arg('input', () => CreateOrganizationInput, { description: 'The organization and why you add it.' })
    input: CreateOrganizationInput,
    @Ctx() ctx: Context,
  ): Promise<CreateOrganizationPayload> {
    const result = await createStakeholderWrite(ctx.db, viewerOf(ctx), {
      label: 'Organization',
      name: input.name,
      aliases: input.aliases,
      kind: input.kind,
      description: input.description ?? null,
      reason: input.reason,
    });
    return {
      organization: Organization.from(await reload(ctx, result.key)),
      auditEntry: AuditEntry.from(result.audit),
    };
  }

  @Authorized('editor')
  @Mutation(() => StakeholderChangePayload, {
    description:
      'Changes a person’s or organization’s name or description, if it is still at expectedVersion (else CONFLICT, nothing written). Needs the editor role.',
  })
  async updateStakeholder(
    @Arg('input', () => UpdateStakeholderInput, { description: 'What to change, and why.' })
    input: UpdateStakeholderInput,
    @Ctx() ctx: Context,
  ): Promise<StakeholderChangePayload> {
    const result = await editStakeholderWrite(
      ctx.db,
      viewerOf(ctx),
      stakeholderKey(input.id),
      {
        kind: 'update',
        expectedVersion: input.expectedVersion,
        ...(input.name === undefined || input.name === null ? {} : { name: input.name }),
        ...(input.description === undefined ? {} : { description: input.description }),
      },
      input.reason,
    );
    return changePayload(ctx, result);
  }

  @Authorized('editor')
  @Mutation(() => StakeholderChangePayload, { description: 'Adds an alias. Needs the editor role.' })
  async addAlias(
    @Arg('input', () => AliasInput, { description: 'The alias, whose it is, and why.' }) input: AliasInput,
    @Ctx() ctx: Context,
  ): Promise<StakeholderChangePayload> {
    return changePayload(ctx, await aliasEdit(ctx, input, 'addAlias'));
  }

  @Authorized('editor')
  @Mutation(() => StakeholderChangePayload, { description: 'Removes an alias. Needs the editor role.' })
  async removeAlias(
    @Arg('input', () => AliasInput, { description: 'The alias, whose it is, and why.' }) input: AliasInput,
    @Ctx() ctx: Context,
  ): Promise<StakeholderChangePayload> {
    return changePayload(ctx, await aliasEdit(ctx, input, 'removeAlias'));
  }

  @Authorized('editor')
  @Mutation(() => RevertChangePayload, {
    description: `Undoes one audited change as a new version, itself audited: ${REVERTIBLE.join(', ')}. An undone creation is withdrawn (a position) or retracted (a statement), never deleted. CONFLICT, naming them, when later changes touched the same objects or live facts rest on it. Needs the editor role.`,
  })
  async revertChange(
    @Arg('input', () => RevertChangeInput, { description: 'The entry to undo, and why.' })
    input: RevertChangeInput,
    @Ctx() ctx: Context,
  ): Promise<RevertChangePayload> {
    const result = await revertChangeWrite(ctx.db, viewerOf(ctx), input.auditEntryId, input.reason);
    clearLoaders(ctx, result.changed);
    return {
      changed: await Promise.all(result.changed.map((node) => loadNodeOrFail(ctx, node.type, node.key))),
      auditEntry: AuditEntry.from(result.audit),
    };
  }
}

function aliasEdit(ctx: Context, input: AliasInput, kind: 'addAlias' | 'removeAlias'): Promise<WriteResult> {
  return editStakeholderWrite(
    ctx.db,
    viewerOf(ctx),
    stakeholderKey(input.id),
    {
      kind,
      alias: input.alias,
      ...(input.expectedVersion === undefined || input.expectedVersion === null
        ? {}
        : { expectedVersion: input.expectedVersion }),
    },
    input.reason,
  );
}

async function changePayload(ctx: Context, result: WriteResult): Promise<StakeholderChangePayload> {
  return {
    stakeholder: stakeholderFrom(await reload(ctx, result.key)),
    auditEntry: AuditEntry.from(result.audit),
  };
}

/** The loaders answer from their cache within a request: drop what a write just changed. */
function clearLoaders(ctx: Context, changed: readonly Changed[]): void {
  for (const node of changed) {
    if (node.type === 'Position') ctx.loaders.position.clear(node.key);
    else if (node.type === 'Issue') ctx.loaders.issue.clear(node.key);
    else if (node.type === 'Statement') ctx.loaders.statement.clear(node.key);
    else ctx.loaders.stakeholder.clear(node.key);
  }
}
