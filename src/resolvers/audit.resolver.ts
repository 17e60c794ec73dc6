import { Arg, Args, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { type Context } from '../context';
import { findAuditPage, findHistory } from '../repositories/audit.repository';
import { MAX_PAGE_SIZE } from '../schema/args';
import { AuditEntry, AuditEntryConnection, AuditLogArgs } from '../schema/audit.type';
import { fromGlobalId } from '../schema/global-id';
import { checkPageSize, decodeCursor, toPage } from './pagination';

@Resolver()
export class AuditResolver {
  @Query(() => [AuditEntry], {
    description:
      'Every change made to one object through the API, newest first (empty for untouched curated objects).',
  })
  async history(
    @Arg('id', () => ID, { description: 'Global id of any object (Person, Organization, …).' }) id: string,
    @Arg('first', () => Int, { defaultValue: 50, description: `How many entries, 1 to ${MAX_PAGE_SIZE}.` })
    first: number,
    @Ctx() ctx: Context,
  ): Promise<AuditEntry[]> {
    const { key } = fromGlobalId(id, 'id');
    checkPageSize(first);
    return (await findHistory(ctx.db, key, first)).map((record) => AuditEntry.from(record));
  }

  @Query(() => AuditEntryConnection, {
    description: 'The audit log: every change made through the API, newest first, optionally filtered.',
  })
  async auditLog(@Args(() => AuditLogArgs) args: AuditLogArgs, @Ctx() ctx: Context) {
    checkPageSize(args.first);
    const cursor = decodeCursor(args.after);
    const rows = await findAuditPage(
      ctx.db,
      {
        actor: args.actor ?? null,
        operation: args.operation ?? null,
        // Stored times are toISOString() text; normalising makes text order time order.
        since: args.since === undefined || args.since === null ? null : new Date(args.since).toISOString(),
      },
      { after: cursor === null ? null : { at: cursor.sort, id: cursor.key }, limit: args.first + 1 },
    );
    return toPage(
      rows,
      args.first,
      (row) => row.at,
      (row) => row.id,
      (row) => AuditEntry.from(row),
    );
  }
}
