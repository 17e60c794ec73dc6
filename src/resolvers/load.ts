/**
 * Small helpers shared by resolvers: load through the request's loaders and turn records into
 * schema objects, dropping keys that no longer resolve (never records that failed to load).
 */
import { type Context } from '../context';
import { BadUserInputError, NotFoundError } from '../errors';
import { loadExisting } from '../loaders';
import { type StatementRecord } from '../repositories/records';
import { Position } from '../schema/position.type';
import { Statement } from '../schema/statement.type';
import { stakeholderFrom, type Organization, type Person } from '../schema/stakeholder.type';

/**
 * Loads evidence statements in a stable order — by the article's date, then reading order — so
 * an answer does not change with the order Neo4j happens to store relationships in.
 */
/**
 * Statements by key for a list (a position's evidence or counter-evidence): a retracted statement
 * leaves every list, though node(id) still shows it with its retraction.
 */
export async function loadStatements(ctx: Context, keys: readonly string[]): Promise<Statement[]> {
  const records = (await loadExisting(ctx.loaders.statement, keys)).filter((record) => !record.retractedAt);
  const articleOrder = (record: StatementRecord) =>
    `${record.articlePublishedOn ?? '9999'}|${record.articleKey}`;
  records.sort((a, b) => articleOrder(a).localeCompare(articleOrder(b)) || a.start - b.start);
  return records.map((record) => Statement.from(record));
}

export async function loadStakeholder(
  ctx: Context,
  key: string | null,
): Promise<Person | Organization | null> {
  if (key === null) return null;
  const record = await ctx.loaders.stakeholder.load(key);
  return record === null ? null : stakeholderFrom(record);
}

export async function loadStakeholderOrFail(ctx: Context, key: string): Promise<Person | Organization> {
  const stakeholder = await loadStakeholder(ctx, key);
  if (stakeholder === null) throw new NotFoundError('stakeholder', key);
  return stakeholder;
}

/**
 * Every position a stakeholder has held, oldest first, optionally on one issue (slug, with its
 * dispute when the holder has positions on issues of that slug in more than one dispute).
 */
export async function loadPositionsOf(
  ctx: Context,
  holderKey: string,
  issueSlug?: string | null,
  dispute?: string | null,
): Promise<Position[]> {
  const records = (await ctx.loaders.positionsByHolder.load(holderKey)).filter(
    (record) =>
      (issueSlug == null || record.issueSlug === issueSlug) &&
      (dispute == null || record.issueDispute === dispute),
  );
  const disputes = [...new Set(records.map((record) => record.issueDispute))].sort();
  if (issueSlug != null && disputes.length > 1) {
    throw new BadUserInputError(
      `The issue slug "${issueSlug}" is used in ${disputes.length} disputes (${disputes.map((d) => `"${d}"`).join(', ')}): pass dispute to say which.`,
      'dispute',
    );
  }
  return records.map((record) => Position.from(record));
}

/** What a stakeholder said, or what was said on its behalf, oldest first. */
export async function loadStatementsOf(ctx: Context, speakerKey: string): Promise<Statement[]> {
  return (await ctx.loaders.statementsBySpeaker.load(speakerKey)).map((record) => Statement.from(record));
}
