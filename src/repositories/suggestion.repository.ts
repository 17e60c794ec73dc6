/**
 * Suggestions of the ingestion pipeline (cypher/suggestion/): what it reads to link names and
 * classify issues, and the :Suggestion nodes editors review.
 */
import { type Database, type Writer } from '../db';
import { type LabelledStatement } from '../ingest/types';
import { type PageRequest } from './records';
import { type SortCursor } from './statement.repository';

/** A suggestion as stored: one proposed statement with its speaker, principal and stances. */
export interface SuggestionRecord {
  id: string;
  articleId: string;
  /** The article's date (YYYY-MM-DD), the date positions accepted from it are as of. */
  articlePublishedOn: string | null;
  status: string;
  kind: string;
  text: string;
  start: number;
  end: number;
  paragraph: number;
  medium: string;
  rule: string | null;
  confidence: number;
  lowConfidence: boolean;
  pipelineVersion: string;
  speakerId: string | null;
  speakerName: string | null;
  speakerIsNew: boolean;
  /** PERSON or ORGANIZATION (null when unattributed). */
  speakerType: string | null;
  speakerLink: string | null;
  roleTitle: string | null;
  roleOrganizationId: string | null;
  roleOrganizationName: string | null;
  onBehalfOfId: string | null;
  onBehalfOfName: string | null;
  /** JSON text: [{issueKey, slug, stance, confidence, lowConfidence, cues, learned}]. */
  issues: string;
  /** The day the words were said (YYYY-MM-DD), when the attribution names it; and how it was read. */
  saidOn: string | null;
  saidOnNote: string | null;
  createdBy: string;
  createdAt: string;
  reviewedBy?: string | null;
  reviewedAt?: string | null;
  reviewReason?: string | null;
  statementId?: string | null;
  createdStakeholderId?: string | null;
  positionIds: string[];
}

export type NewSuggestionRow = Omit<
  SuggestionRecord,
  | 'articleId'
  | 'articlePublishedOn'
  | 'status'
  | 'createdBy'
  | 'createdAt'
  | 'reviewedBy'
  | 'reviewedAt'
  | 'reviewReason'
  | 'statementId'
  | 'createdStakeholderId'
  | 'positionIds'
>;

/** Neo4j stores no null property: a field never set comes back missing. Make it null. */
const NULLABLE = [
  'articlePublishedOn',
  'rule',
  'speakerId',
  'speakerName',
  'speakerType',
  'speakerLink',
  'roleTitle',
  'roleOrganizationId',
  'roleOrganizationName',
  'onBehalfOfId',
  'onBehalfOfName',
  'saidOn',
  'saidOnNote',
  'reviewedBy',
  'reviewedAt',
  'reviewReason',
  'statementId',
  'createdStakeholderId',
] as const;

function complete(record: SuggestionRecord): SuggestionRecord {
  const out: Record<string, unknown> = { ...record };
  for (const field of NULLABLE) out[field] ??= null;
  out.speakerIsNew ??= false;
  out.lowConfidence ??= false;
  return out as unknown as SuggestionRecord;
}

export function findIngestStakeholders(
  db: Database,
): Promise<
  { id: string; name: string; aliases: string[]; type: 'PERSON' | 'ORGANIZATION'; kind: string | null }[]
> {
  return db.readQuery('suggestion/find-ingest-stakeholders');
}

export function findIngestRoles(
  db: Database,
): Promise<
  { personId: string; organizationId: string; title: string; since: string | null; until: string | null }[]
> {
  return db.readQuery('suggestion/find-ingest-roles');
}

export function findIngestIssues(
  db: Database,
  dispute: string | null,
): Promise<{ key: string; slug: string; name: string; cues: string[] }[]> {
  return db.readQuery('suggestion/find-ingest-issues', { dispute });
}

/** Reviewed statements as examples for the pipeline's learned stage, at most `limit` of them. */
export function findIngestExamples(
  db: Database,
  dispute: string | null,
  limit: number,
): Promise<LabelledStatement[]> {
  return db.readQuery('suggestion/find-ingest-examples', { dispute, limit });
}

/** The article whose text has this sha256, if one was stored. */
export async function findArticleBySha256(db: Database, sha256: string): Promise<string | null> {
  const [row] = await db.readQuery<{ key: string }>('suggestion/find-article-by-sha256', { sha256 });
  return row?.key ?? null;
}

/**
 * Locks the text's ingest claim in the caller's transaction and returns the article with that
 * text, if any: the lookup-or-create of ingestArticle is then atomic per text.
 */
export async function claimArticleText(
  tx: Writer,
  params: { sha256: string; at: string },
): Promise<string | null> {
  const [row] = await tx.writeQuery<{ key: string | null }>('suggestion/claim-article-text', { ...params });
  return row?.key ?? null;
}

/**
 * Locks the outlet name's claim in the caller's transaction and returns the organization with that
 * id, name or alias, if any: the lookup-or-create of an ingested article's outlet is then atomic
 * per name. `name` is the normalised name (trimmed, lower case), `outlet` the name as given.
 */
export async function claimOutletName(
  tx: Writer,
  params: { name: string; outlet: string; at: string },
): Promise<string | null> {
  const [row] = await tx.writeQuery<{ key: string | null }>('suggestion/claim-outlet-name', { ...params });
  return row?.key ?? null;
}

/** A proposal not stored because the article records its span as a live statement already. */
export interface RecordedSpan {
  /** The id the suggestion would have had. */
  suggestion: string;
  /** The live statement that records its words (the same span, or mostly the same words). */
  statement: string;
  start: number;
  end: number;
  text: string;
}

/**
 * Stores new suggestions of an article in the caller's transaction; ids that exist are skipped, and
 * so are spans the article records as a live statement (returned as `recorded`).
 */
export async function createSuggestions(
  tx: Writer,
  params: { articleId: string; rows: NewSuggestionRow[]; actor: string; at: string },
): Promise<{ created: number; recorded: RecordedSpan[] }> {
  const [row] = await tx.writeQuery<{ created: number; recorded: RecordedSpan[] }>(
    'suggestion/create-suggestions',
    { ...params },
  );
  return { created: row?.created ?? 0, recorded: row?.recorded ?? [] };
}

/** What a re-proposal replaced on one suggestion, for its audit entry. */
export interface ReplacedProposal {
  id: string;
  before: {
    speakerName: string | null;
    onBehalfOfName: string | null;
    issues: string;
    confidence: number;
    saidOn: string | null;
    pipelineVersion: string;
  };
}

/** Replaces the proposal of the article's PROPOSED suggestions that a new run proposes otherwise. */
export function updateProposedSuggestions(
  tx: Writer,
  params: { articleId: string; rows: NewSuggestionRow[]; actor: string; at: string },
): Promise<ReplacedProposal[]> {
  return tx.writeQuery<ReplacedProposal>('suggestion/update-proposed-suggestions', { ...params });
}

/** The ids of the article's PROPOSED suggestions not among `ids`, in text order. */
export async function findUnproposedSuggestionIds(
  tx: Writer,
  articleId: string,
  ids: string[],
): Promise<string[]> {
  const rows = await tx.writeQuery<{ key: string }>('suggestion/find-unproposed-suggestions', {
    articleId,
    ids,
  });
  return rows.map((row) => row.key);
}

export async function findSuggestionsPage(
  db: Database,
  filter: { articleId: string; status: string | null; minConfidence: number; withStances: boolean | null },
  page: PageRequest<SortCursor>,
): Promise<(SuggestionRecord & { sortKey: string })[]> {
  const rows = await db.readQuery<{ suggestion: SuggestionRecord; sortKey: string }>(
    'suggestion/find-suggestions-page',
    { ...filter, afterSort: page.after?.sort ?? null, afterId: page.after?.key ?? null, limit: page.limit },
  );
  return rows.map((row) => ({ ...complete(row.suggestion), sortKey: row.sortKey }));
}

export async function findSuggestionsByIds(
  db: Database,
  keys: readonly string[],
): Promise<SuggestionRecord[]> {
  const rows = await db.readQuery<{ suggestion: SuggestionRecord }>('suggestion/find-suggestions-by-ids', {
    keys,
  });
  return rows.map((row) => complete(row.suggestion));
}

/** Locks and reads one suggestion in the caller's transaction; null when there is none. */
export async function lockSuggestion(tx: Writer, key: string): Promise<SuggestionRecord | null> {
  const [row] = await tx.writeQuery<{ suggestion: SuggestionRecord }>('suggestion/lock-suggestion', { key });
  return row === undefined ? null : complete(row.suggestion);
}

/** The person an accepted suggestion of the article already created for this proposed name. */
/** In the caller's transaction, so a person created by an earlier step of the same write is seen. */
export async function findCreatedSpeaker(
  tx: Writer,
  articleId: string,
  name: string,
): Promise<string | null> {
  const [row] = await tx.writeQuery<{ key: string }>('suggestion/find-created-speaker', { articleId, name });
  return row?.key ?? null;
}

export async function findProposedSuggestionIds(
  db: Database,
  articleId: string,
  minConfidence: number,
): Promise<string[]> {
  const rows = await db.readQuery<{ key: string }>('suggestion/find-proposed-suggestion-ids', {
    articleId,
    minConfidence,
  });
  return rows.map((row) => row.key);
}

export async function reviewSuggestion(
  tx: Writer,
  params: {
    key: string;
    status: 'ACCEPTED' | 'REJECTED';
    actor: string;
    at: string;
    reason: string;
    statementId: string | null;
    createdStakeholderId: string | null;
    positionIds: string[];
  },
): Promise<void> {
  await tx.writeQuery('suggestion/review-suggestion', { ...params });
}
