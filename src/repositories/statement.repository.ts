import { type Database, type Writer } from '../db';
import { type PageRequest, type StatementRecord } from './records';

/** A statement row tagged with the key it was looked up by (speaker, article or issue). */
export type OwnedStatementRecord = StatementRecord & { ownerKey: string };

export interface SortCursor {
  sort: string;
  key: string;
}

export interface StatementFilter {
  speakerKey: string | null;
  /** An issue's id. */
  issueKey: string | null;
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

export function findStatementsPage(
  db: Database,
  filter: StatementFilter,
  page: PageRequest<SortCursor>,
): Promise<(StatementRecord & { sortKey: string })[]> {
  return db.readQuery('statement/find-statements-page', {
    ...filter,
    afterSort: page.after?.sort ?? null,
    afterId: page.after?.key ?? null,
    limit: page.limit,
  });
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
