import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { type Context } from '../context';
import { NotFoundError } from '../errors';
import { findMergeTargets } from '../repositories/stakeholder.repository';
import { Article } from '../schema/article.type';
import { Dispute } from '../schema/dispute.type';
import { Event } from '../schema/event.type';
import { fromGlobalId, type NodeType } from '../schema/global-id';
import { Issue } from '../schema/issue.type';
import { Node } from '../schema/node.interface';
import { Position } from '../schema/position.type';
import { stakeholderFrom } from '../schema/stakeholder.type';
import { Statement } from '../schema/statement.type';
import { toSuggestion } from './suggestion.resolver';

/** Loads any node by type and curated key through the request's loaders; null when unknown. */
export async function loadNode(ctx: Context, type: NodeType, key: string): Promise<Node | null> {
  const { loaders } = ctx;
  switch (type) {
    case 'Person':
    case 'Organization': {
      // A merged duplicate's id answers with the stakeholder it was merged into.
      const record =
        (await loaders.stakeholder.load(key)) ??
        (
          await Promise.all(
            (await findMergeTargets(ctx.db, [key])).map((row) => loaders.stakeholder.load(row.targetKey)),
          )
        )[0] ??
        null;
      return record?.label === type ? stakeholderFrom(record) : null;
    }
    case 'Statement': {
      const record = await loaders.statement.load(key);
      return record === null ? null : Statement.from(record);
    }
    case 'Article': {
      const record = await loaders.article.load(key);
      return record === null ? null : Article.from(record);
    }
    case 'Issue': {
      const record = await loaders.issue.load(key);
      return record === null ? null : Issue.from(record);
    }
    case 'Position': {
      const record = await loaders.position.load(key);
      return record === null ? null : Position.from(record);
    }
    case 'Event': {
      const record = await loaders.event.load(key);
      return record === null ? null : Event.from(record);
    }
    case 'Dispute': {
      const record = await loaders.dispute.load(key);
      return record === null ? null : Dispute.from(record);
    }
    case 'Suggestion': {
      const record = await loaders.suggestion.load(key);
      return record === null ? null : toSuggestion(record);
    }
  }
}

export async function loadNodeOrFail(ctx: Context, type: NodeType, key: string): Promise<Node> {
  const node = await loadNode(ctx, type, key);
  if (node === null) throw new NotFoundError(type.toLowerCase(), key);
  return node;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    description: 'Refetches any object by its global id. NOT_FOUND when it no longer exists.',
  })
  async node(
    @Arg('id', () => ID, { description: 'A global id from any `id` field.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Node> {
    const { type, key } = fromGlobalId(id, 'id');
    const node = await loadNode(ctx, type, key);
    if (node === null) throw new NotFoundError(type.toLowerCase(), id);
    return node;
  }
}
