import { type Database, type Selection, type Writer } from '../db';
import { type PageRequest, type PositionRecord, type StatementRecord } from './records';

/** A statement row tagged with the key it was looked up by (speaker, article or issue). */
export type OwnedStatementRecord = StatementRecord & { ownerKey: string };

export interface SortCursor {
  sort: string;
  key: string;
}

export interface StatementFilter {
  speakerKey: string | null;
  /** An issue's slug (in `dispute` when given: slugs are unique only within a dispute). */
  issueSlug: string | null;
  /** A dispute's id: statements about any of its issues. */
  dispute: string | null;
  stance: string | null;
  articleKey: string | null;
  from: string | null;
  to: string | null;
}

export function findStatementsByIds(db: Database, keys: readonly string[]): Promise<StatementRecord[]> {
  return db.readQuery<StatementRecord>('statement/find-statements-by-ids', { keys });
}

/** Statement paragraphs by id: only when a client selects Statement.context. */
export function findStatementContextsByIds(
  db: Database,
  keys: readonly string[],
): Promise<{ key: string; context: string }[]> {
  return db.readQuery<{ key: string; context: string }>('statement/find-statement-contexts-by-ids', { keys });
}

export function findStatementsBySpeakers(
  db: Database,
  keys: readonly string[],
): Promise<OwnedStatementRecord[]> {
  return db.readQuery<OwnedStatementRecord>('statement/find-statements-by-speakers', { keys });
}

export function findStatementsByArticles(
  db: Database,
  keys: readonly string[],
): Promise<OwnedStatementRecord[]> {
  return db.readQuery<OwnedStatementRecord>('statement/find-statements-by-articles', { keys });
}

export function findStatementsByIssues(
  db: Database,
  keys: readonly string[],
): Promise<OwnedStatementRecord[]> {
  return db.readQuery<OwnedStatementRecord>('statement/find-statements-by-issues', { keys });
}

/**
 * The statement that starts from the most selective node a filter names (an article's few
 * statements before an issue's, a speaker's, a dispute's or a stance's), so no page reads every
 * Statement; with no such filter, the saidOn index serves the page in order. A fixed choice among
 * fixed files: parameters carry every value.
 */
function statementsPageQuery(filter: StatementFilter): string | null {
  if (filter.articleKey !== null) return 'statement/find-statements-page-by-article';
  if (filter.issueSlug !== null) return 'statement/find-statements-page-by-issue';
  if (filter.speakerKey !== null) return 'statement/find-statements-page-by-speaker';
  if (filter.dispute !== null) return 'statement/find-statements-page-by-dispute';
  if (filter.stance !== null) return 'statement/find-statements-page-by-stance';
  return null;
}

/** The sort of an undated statement in cursors; every other sort is a calendar day (YYYY-MM-DD). */
const UNDATED_SORT = '9999-12-31';

/**
 * Where an unfiltered page resumes, in the index's terms. The resolver has checked that a cursor's
 * sort is a calendar day or UNDATED_SORT.
 */
function resumeFrom(after: SortCursor | null): {
  afterDate: string;
  afterId: string;
  undatedAfterId: string;
} {
  if (after === null) return { afterDate: '0001-01-01', afterId: '', undatedAfterId: '' };
  // Past every dated statement: '\uffff' sorts after any id, so none of that day is read again.
  if (after.sort === UNDATED_SORT)
    return { afterDate: UNDATED_SORT, afterId: '\uffff', undatedAfterId: after.key };
  return { afterDate: after.sort, afterId: after.key, undatedAfterId: '' };
}

/**
 * Above this many statements about an issue, its page walks the saidOn index in order instead of
 * sorting them all: the walk reads about limit × (all statements ÷ the issue's) index entries, the
 * sort every statement of the issue, so the walk wins once the issue holds more than a few
 * thousand (measured at 10⁶ statements: bench/RESULTS.md).
 */
export const WALK_ABOVE = 2000;
// (The same choice, on the speaker's statement count, for speaker pages and timelines.)

/** A page row: the sort key, and the statement projected for the client's selection. */
export interface StatementPageRow {
  sortKey: string;
  statement: StatementRecord;
}

/**
 * A page and what its one query checked on the way: whether `dispute` names a dispute, and the
 * issues `issueSlug` names (the page is read only when exactly one does).
 */
export interface StatementPage {
  disputeKnown: boolean;
  issueKeys: string[];
  rows: StatementPageRow[];
}

/** One page of statements, projected for `selection` (the client's selection of each node). */
export async function findStatementsPage(
  db: Database,
  filter: StatementFilter,
  page: PageRequest<SortCursor>,
  selection: Selection,
  options: { walkAbove: number } = { walkAbove: WALK_ABOVE },
): Promise<StatementPage> {
  const anchored = statementsPageQuery(filter);
  const resume = resumeFrom(page.after);
  // A date range never keeps an undated statement (its window is null), so none are read.
  const ranged = filter.from !== null || filter.to !== null;
  if (anchored !== null) {
    const [row] = await db.readProjected<{
      disputeKnown: boolean;
      issueKeys: string[];
      page: StatementPageRow[];
    }>(
      anchored,
      {
        ...filter,
        afterSort: page.after?.sort ?? null,
        afterId: page.after?.key ?? null,
        // The same cursor for a walk of the saidOn index (find-statements-page-by-issue).
        walkFromDate: resume.afterDate,
        walkFromId: resume.afterId,
        walkUndatedAfterId: ranged ? null : resume.undatedAfterId,
        walkAbove: options.walkAbove,
        limit: page.limit,
      },
      { s: selection },
    );
    if (row === undefined) throw new Error(`${anchored} returned no row`);
    return { disputeKnown: row.disputeKnown, issueKeys: row.issueKeys, rows: row.page };
  }
  const rows = await db.readProjected<StatementPageRow>(
    'statement/find-statements-page',
    {
      ...resume,
      undatedAfterId: ranged ? null : resume.undatedAfterId,
      from: filter.from,
      to: filter.to,
      limit: page.limit,
    },
    { s: selection },
  );
  return { disputeKnown: true, issueKeys: [], rows };
}

/** A position on a timeline: what its entry shows, and the position projected for the client. */
export interface TimelinePositionRow {
  asOf: string;
  stance: string;
  issueKey: string;
  issueSlug: string;
  position: PositionRecord;
}

export interface TimelineRows {
  holderFound: boolean;
  disputeKnown: boolean;
  /** The issues `issueSlug` names (the lists are read only when exactly one does). */
  issueKeys: string[];
  /** The first `limit` statements in date order, undated last. */
  statements: StatementRecord[];
  /** Every live position, oldest first. */
  positions: TimelinePositionRow[];
}

/**
 * What a stakeholder's timeline shows (on one issue when `issueSlug` is given), with the checks
 * of its arguments, in one round trip: statements and positions projected for the selection.
 */
export async function findTimeline(
  db: Database,
  query: { holderKey: string; issueSlug: string | null; dispute: string | null; limit: number },
  selection: { statement: Selection; position: Selection },
  walkAbove = WALK_ABOVE,
): Promise<TimelineRows> {
  const [row] = await db.readProjected<TimelineRows>(
    'statement/find-timeline',
    { ...query, walkAbove },
    {
      s: selection.statement,
      p: selection.position,
    },
  );
  if (row === undefined) throw new Error('statement/find-timeline returned no row');
  return row;
}

export interface NewStatementParams {
  slug: string;
  suffix: string;
  articleId: string;
  text: string;
  start: number;
  end: number;
  paragraph: number;
  context: string;
  kind: string;
  medium: string;
  saidOn: string | null;
  /** True when saidOn was read, not given (an accepted suggestion: "said Tuesday"). */
  saidOnInferred: boolean;
  saidOnNote: string | null;
  speaker: string | null;
  onBehalfOf: string | null;
  issues: string[];
  mentions: string[];
  /** "editor", or "suggestion" for an accepted ingestion proposal (Recorded.source). */
  origin: string;
  actor: string;
  at: string;
}

export interface CreatedStatement extends ReferencesFound {
  key: string;
}

/** Creates an editor's statement in the caller's transaction, saying which references matched. */
export async function createStatement(tx: Writer, params: NewStatementParams): Promise<CreatedStatement> {
  const [row] = await tx.writeQuery<CreatedStatement>('statement/create-statement', { ...params });
  if (row === undefined) throw new Error('statement/create-statement returned no row (unknown article?)');
  return row;
}

/** The live statement of `articleId` at exactly [start, end), if any (in the caller's transaction). */
export async function findLiveStatementAtSpan(
  tx: Writer,
  params: { articleId: string; start: number; end: number },
): Promise<string | null> {
  const [row] = await tx.writeQuery<{ key: string }>('statement/find-live-statement-at-span', { ...params });
  return row?.key ?? null;
}

export interface LockedStatement {
  key: string;
  version: number;
  retractedAt: string | null;
}

/** Locks and reads one statement in the caller's transaction; null when there is none. */
export async function lockStatement(tx: Writer, key: string): Promise<LockedStatement | null> {
  const [row] = await tx.writeQuery<LockedStatement>('statement/lock-statement', { key });
  return row ?? null;
}

export async function retractStatement(
  tx: Writer,
  params: { key: string; reason: string; version: number; actor: string; at: string },
): Promise<void> {
  await tx.writeQuery('statement/retract-statement', { ...params });
}

export interface Dependent {
  /** The dependent's label, or HOLDS_ROLE / MEMBER_OF for a relationship. */
  label: string;
  key: string;
}

/** Live facts that cite the statement as evidence, in the caller's transaction. */
export function findStatementDependents(tx: Writer, key: string): Promise<Dependent[]> {
  return tx.writeQuery<Dependent>('statement/find-statement-dependents', { key });
}

export interface EvidenceStatus {
  key: string;
  retracted: boolean;
  saidOn: string | null;
  articleKey: string;
  text: string;
}

/** Whether each cited statement exists and is live, in the caller's transaction. */
export function checkEvidence(tx: Writer, keys: readonly string[]): Promise<EvidenceStatus[]> {
  return tx.writeQuery<EvidenceStatus>('statement/check-evidence', { keys });
}

export interface ReferencesFound {
  speakerFound: boolean;
  onBehalfOfFound: boolean;
  issuesFound: number;
  mentionsFound: number;
}

export interface StatementAttribution {
  speakerKey: string | null;
  onBehalfOfKey: string | null;
  kind: string;
  medium: string;
  saidOn: string | null;
  note: string | null;
  issueKeys: string[];
  mentionKeys: string[];
  articlePublishedOn: string | null;
}

export async function findStatementAttribution(
  tx: Writer,
  key: string,
): Promise<StatementAttribution | null> {
  const [row] = await tx.writeQuery<StatementAttribution>('statement/find-statement-attribution', { key });
  return row ?? null;
}

export async function updateStatement(
  tx: Writer,
  params: {
    key: string;
    speaker: string | null;
    onBehalfOf: string | null;
    kind: string;
    medium: string;
    saidOn: string | null;
    note: string | null;
    issues: string[];
    mentions: string[];
    version: number;
    actor: string;
    at: string;
  },
): Promise<ReferencesFound> {
  const [row] = await tx.writeQuery<ReferencesFound>('statement/update-statement', { ...params });
  if (row === undefined) throw new Error('statement/update-statement returned no row');
  return row;
}
