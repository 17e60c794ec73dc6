import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { type Context } from '../context';
import { NotFoundError } from '../errors';
import {
  MergeStakeholdersInput,
  MergeStakeholdersPayload,
  PurgeInput,
  PurgePayload,
} from '../schema/admin.input';
import { AuditEntry } from '../schema/audit.type';
import { fromGlobalId } from '../schema/global-id';
import { stakeholderFrom } from '../schema/stakeholder.type';
import { mergeStakeholdersWrite, purgeWrite } from '../write/admin.write';
import { viewerOf } from './stakeholder-mutation.resolver';

const STAKEHOLDER = ['Person', 'Organization'] as const;

/** Admin-only writes: merging duplicates and legal removal. */
@Resolver()
export class AdminMutationResolver {
  @Authorized('admin')
  @Mutation(() => MergeStakeholdersPayload, {
    description:
      'Merges a duplicate stakeholder into another: every statement, position, role, membership and alias moves over; the duplicate’s id keeps resolving through node(id:). Needs the admin role.',
  })
  async mergeStakeholders(
    @Arg('input', () => MergeStakeholdersInput, { description: 'Which to keep, which to merge, and why.' })
    input: MergeStakeholdersInput,
    @Ctx() ctx: Context,
  ): Promise<MergeStakeholdersPayload> {
    const result = await mergeStakeholdersWrite(ctx.db, viewerOf(ctx), {
      keep: fromGlobalId(input.keepId, 'input.keepId', STAKEHOLDER).key,
      merge: fromGlobalId(input.mergeId, 'input.mergeId', STAKEHOLDER).key,
      expectedVersion: input.expectedVersion ?? null,
      reason: input.reason,
    });
    ctx.loaders.stakeholder.clear(result.key);
    const record = await ctx.loaders.stakeholder.load(result.key);
    if (record === null) throw new NotFoundError('stakeholder', result.key);
    return {
      stakeholder: stakeholderFrom(record),
      relationshipsMoved: result.moved,
      auditEntry: AuditEntry.from(result.audit),
    };
  }

  @Authorized('admin')
  @Mutation(() => PurgePayload, {
    description:
      'Removes a node for good, for legal reasons, and scrubs the audit diffs that recorded it; the only write that deletes. Refused while other facts depend on it. Audited. Needs the admin role.',
  })
  async purge(
    @Arg('input', () => PurgeInput, { description: 'What to remove, and the legal reason.' })
    input: PurgeInput,
    @Ctx() ctx: Context,
  ): Promise<PurgePayload> {
    const { type, key } = fromGlobalId(input.id, 'input.id', [
      'Statement',
      'Position',
      'Article',
      'Person',
      'Organization',
    ]);
    const { audit, scrubbed } = await purgeWrite(ctx.db, viewerOf(ctx), {
      key,
      label: type as 'Statement' | 'Position' | 'Article' | 'Person' | 'Organization',
      reason: input.reason,
    });
    return { purgedId: input.id, auditEntriesScrubbed: scrubbed, auditEntry: AuditEntry.from(audit) };
  }
}
