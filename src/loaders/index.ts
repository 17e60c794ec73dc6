/**
 * createLoaders(db): one DataLoader per batchable lookup, built per request (see context.ts).
 * Each batch is one `UNWIND $keys` query; results come back in key order and of the same length.
 */
import DataLoader from 'dataloader';
import { type Database } from '../db';
import { findArticlesByIds, findArticleTextsByIds } from '../repositories/article.repository';
import { findSuggestionsByIds, type SuggestionRecord } from '../repositories/suggestion.repository';
import { findAgreementsByIds } from '../repositories/vote.repository';
import { findEventsByIds } from '../repositories/event.repository';
import { findDisputes } from '../repositories/dispute.repository';
import { findIssuesByIds } from '../repositories/issue.repository';
import {
  findLatestPositionsByIssues,
  findPositionsByHolders,
  findPositionsByIds,
  type LatestPositionsKey,
  type LatestPositionRow,
  type PositionRelations,
} from '../repositories/position.repository';
import {
  type AgreementRecord,
  type ArticleRecord,
  type DisputeRecord,
  type EventRecord,
  type IssueRecord,
  type MembershipRecord,
  type PositionRecord,
  type RoleRecord,
  type SpokespersonRecord,
  type StakeholderRecord,
  type StatementRecord,
} from '../repositories/records';
import {
  findMembersByOrganizations,
  findMembershipsByMembers,
  findRolesByOrganizations,
  findRolesByPeople,
  findSpokespeopleByOrganizations,
} from '../repositories/role.repository';
import { findStakeholdersByIds } from '../repositories/stakeholder.repository';
import {
  findStatementContextsByIds,
  findStatementsByArticles,
  findStatementsByIds,
  findStatementsByIssues,
  findStatementsBySpeakers,
} from '../repositories/statement.repository';

/**
 * No cap on the size of a batch: every key a tick asks for goes into one `UNWIND $keys` query, so
 * round trips stay constant however many parents a list has. A cap (it was 1 000) made them grow
 * with the data (organizations{members} over 1 000 organizations: 6 → 33 round trips); what bounds
 * the parameter list instead is what bounds the response: `first` ≤ 100 per list, the cost and
 * response-size limits.
 */
const MAX_BATCH_SIZE = Infinity;

/** A loader of one record per key; unknown keys load as null. */
export function loaderByKey<R extends { key: string }>(
  fetch: (keys: readonly string[]) => Promise<R[]>,
): DataLoader<string, R | null> {
  return new DataLoader<string, R | null>(
    async (keys) => {
      const byKey = new Map((await fetch(keys)).map((row) => [row.key, row]));
      return keys.map((key) => byKey.get(key) ?? null);
    },
    { maxBatchSize: MAX_BATCH_SIZE },
  );
}

/**
 * loadMany for evidence and other lists: a failed batch fails the whole field with its own error
 * (a timeout must never read as "no evidence"); only keys that no longer exist are skipped.
 */
export async function loadExisting<R>(
  loader: DataLoader<string, R | null>,
  keys: readonly string[],
): Promise<R[]> {
  const results = await loader.loadMany(keys);
  const failure = results.find((result) => result instanceof Error);
  if (failure !== undefined) throw failure;
  return results.filter((result): result is R => result !== null && !(result instanceof Error));
}

/** A loader of every record belonging to each key (rows tagged with their ownerKey), in row order. */
export function loaderOfLists<R>(
  fetch: (keys: readonly string[]) => Promise<(R & { ownerKey: string })[]>,
): DataLoader<string, R[]> {
  return new DataLoader<string, R[]>(
    async (keys) => {
      const groups = new Map<string, R[]>(keys.map((key) => [key, []]));
      for (const row of await fetch(keys)) groups.get(row.ownerKey)?.push(row);
      return keys.map((key) => groups.get(key) ?? []);
    },
    { maxBatchSize: MAX_BATCH_SIZE },
  );
}

export function createLoaders(db: Database) {
  const byKey = {
    stakeholder: loaderByKey<StakeholderRecord>((keys) => findStakeholdersByIds(db, keys)),
    statement: loaderByKey<StatementRecord>((keys) => findStatementsByIds(db, keys)),
    article: loaderByKey<ArticleRecord>((keys) => findArticlesByIds(db, keys)),
    /** Large values kept out of the records above, read only when a client selects them. */
    articleText: loaderByKey((keys) => findArticleTextsByIds(db, keys)),
    statementContext: loaderByKey((keys) => findStatementContextsByIds(db, keys)),
    issue: loaderByKey<IssueRecord>((keys) => findIssuesByIds(db, keys)),
    dispute: loaderByKey<DisputeRecord>((keys) => findDisputes(db, keys)),
    position: loaderByKey<PositionRecord>((keys) => findPositionsByIds(db, keys)),
    event: loaderByKey<EventRecord>((keys) => findEventsByIds(db, keys)),
    agreement: loaderByKey<AgreementRecord>((keys) => findAgreementsByIds(db, keys)),
    suggestion: loaderByKey<SuggestionRecord & { key: string }>(async (keys) =>
      (await findSuggestionsByIds(db, keys)).map((record) => ({ ...record, key: record.id })),
    ),

    statementsBySpeaker: loaderOfLists<StatementRecord>((keys) => findStatementsBySpeakers(db, keys)),
    statementsByArticle: loaderOfLists<StatementRecord>((keys) => findStatementsByArticles(db, keys)),
    statementsByIssue: loaderOfLists<StatementRecord>((keys) => findStatementsByIssues(db, keys)),
    positionsByHolder: loaderOfLists<PositionRecord>((keys) => findPositionsByHolders(db, keys)),
    rolesByPerson: loaderOfLists<RoleRecord>((keys) => findRolesByPeople(db, keys)),
    rolesByOrganization: loaderOfLists<RoleRecord>((keys) => findRolesByOrganizations(db, keys)),
    membersByOrganization: loaderOfLists<MembershipRecord>((keys) => findMembersByOrganizations(db, keys)),
    membershipsByMember: loaderOfLists<MembershipRecord>((keys) => findMembershipsByMembers(db, keys)),
    spokespeopleByOrganization: loaderOfLists<SpokespersonRecord>((keys) =>
      findSpokespeopleByOrganizations(db, keys),
    ),
  };
  return {
    ...byKey,
    /**
     * Each stakeholder's latest position on an issue as of a date (null: latest known), with what
     * the client selected below it (holders, evidence and its speakers and articles) fetched in
     * the same query and primed into the loaders above, so those fields send no query.
     */
    latestPositionsByIssue: new DataLoader<
      LatestPositionsKey & { relations?: PositionRelations },
      PositionRecord[],
      string
    >(
      async (keys) => {
        const relations = {
          holder: keys.some((key) => key.relations?.holder === true),
          evidence: keys.some((key) => key.relations?.evidence === true),
          speaker: keys.some((key) => key.relations?.speaker === true),
          article: keys.some((key) => key.relations?.article === true),
        };
        const groups: PositionRecord[][] = keys.map(() => []);
        for (const row of await findLatestPositionsByIssues(db, keys, relations)) {
          primeRelated(byKey, row);
          // Primed above; the position itself keeps only keys (its evidence here is unordered).
          groups[row.index]?.push({ ...row, holder: null, evidence: null });
        }
        return groups;
      },
      {
        maxBatchSize: MAX_BATCH_SIZE,
        cacheKeyFn: (key) =>
          [
            key.issueKey,
            key.asOf ?? '',
            key.stance ?? '',
            ...Object.values(key.relations ?? {}).map(Number),
          ].join('|'),
      },
    ),
  };
}

/** Puts the records a position row brought along into the per-request loaders' caches. */
function primeRelated(
  loaders: {
    stakeholder: DataLoader<string, StakeholderRecord | null>;
    statement: DataLoader<string, StatementRecord | null>;
    article: DataLoader<string, ArticleRecord | null>;
  },
  row: LatestPositionRow,
): void {
  if (row.holder !== null) loaders.stakeholder.prime(row.holder.key, row.holder);
  for (const evidence of row.evidence ?? []) {
    const { speaker, article, ...statement } = evidence;
    loaders.statement.prime(statement.key, statement);
    if (speaker !== null) loaders.stakeholder.prime(speaker.key, speaker);
    if (article !== null) loaders.article.prime(article.key, article);
  }
}

export type Loaders = ReturnType<typeof createLoaders>;
