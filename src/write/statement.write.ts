/**
 * The write path for statements: addStatement places words at a verbatim span of a stored article
 * (the seed's rules, from src/text/span.ts); retractStatement marks one retracted, never deleting it.
 */
import { type Viewer } from '../auth/viewer';
import { type Database, type Writer } from '../db';
import { BadUserInputError, ConflictError, NotFoundError } from '../errors';
import { lockArticle } from '../repositories/article.repository';
import {
  createStatement,
  findLiveStatementAtSpan,
  findStatementAttribution,
  lockStatement,
  type ReferencesFound,
  type StatementAttribution,
  retractStatement,
  updateStatement,
} from '../repositories/statement.repository';
import { locateSpan } from '../text/span';
import { stamp, writeAudit } from './audit';
import { checkVersion } from './version';
import { slugify, slugSuffix } from './slug';
import { type WriteResult } from './stakeholder.write';

/** Kinds that put words in someone's mouth, so need a speaker; REPORT is the article's own words. */
const SPOKEN_KINDS = new Set(['DIRECT_QUOTE', 'PARTIAL_QUOTE', 'PARAPHRASE']);

export interface NewStatement {
  articleKey: string;
  where: { start: number; end: number } | { exactText: string };
  speakerKey: string | null;
  onBehalfOfKey: string | null;
  kind: string;
  medium: string;
  saidOn: string | null;
  /** How saidOn was inferred, when it was (an accepted suggestion's day read from "said Tuesday"). */
  saidOnInferred?: { note: string };
  /** Issue ids ("<dispute>/<slug>"), already resolved from slugs. */
  issueKeys: string[];
  mentionKeys: string[];
  reason: string;
  /** Default "editor"; "suggestion" when an accepted ingestion proposal adds it. */
  origin?: 'editor' | 'suggestion';
}

/** addStatement: one transaction that checks the span against the stored text, then writes. */
export function addStatementWrite(db: Database, viewer: Viewer, input: NewStatement): Promise<WriteResult> {
  return db.writeTransaction('addStatement', (tx) => addStatementInTx(tx, viewer, input));
}

/** addStatementWrite's work inside the caller's transaction, with its own audit entry. */
export async function addStatementInTx(
  tx: Writer,
  viewer: Viewer,
  input: NewStatement,
): Promise<WriteResult> {
  if (SPOKEN_KINDS.has(input.kind) && input.speakerKey === null) {
    throw new BadUserInputError(
      `input.speakerId: a ${input.kind} needs a speaker; use kind REPORT for the article's own words.`,
      'input.speakerId',
    );
  }
  if (input.kind === 'REPORT' && input.speakerKey !== null) {
    throw new BadUserInputError(
      'input.speakerId: a REPORT is the article’s own words and has no speaker; use DIRECT_QUOTE, PARTIAL_QUOTE or PARAPHRASE.',
      'input.speakerId',
    );
  }
  const writeStamp = stamp(viewer);
  const suffix = slugSuffix();
  const article = await lockArticle(tx, input.articleKey);
  if (article === null) throw new NotFoundError('article', input.articleKey, 'input.articleId');
  const span = locateSpan(article.text, input.where);
  if (!span.ok) {
    throw new BadUserInputError(`input.${span.field}: ${span.problem}.`, `input.${span.field}`);
  }
  // The same words of the same article are one statement: correct that one instead.
  const twin = await findLiveStatementAtSpan(tx, {
    articleId: input.articleKey,
    start: span.start,
    end: span.end,
  });
  if (twin !== null) {
    throw new ConflictError(
      `input.where: the article already records these words (${span.start}–${span.end}) as statement ${twin}; correct that one with updateStatement, or retract it first.`,
      { statementKey: twin },
    );
  }
  if (input.saidOn !== null && article.publishedOn !== null && input.saidOn > article.publishedOn) {
    throw new BadUserInputError(
      `input.saidOn: ${input.saidOn} is after the article's publication (${article.publishedOn}); words cannot be reported before they are said.`,
      'input.saidOn',
    );
  }
  // What the statement says and where: written to the graph and recorded in the audit entry.
  const fields = {
    text: span.text,
    start: span.start,
    end: span.end,
    paragraph: span.paragraph,
    kind: input.kind,
    medium: input.medium,
    saidOn: input.saidOn,
    saidOnInferred: input.saidOn !== null && input.saidOnInferred !== undefined,
    saidOnNote: input.saidOn === null ? null : (input.saidOnInferred?.note ?? null),
    speaker: input.speakerKey,
    onBehalfOf: input.onBehalfOfKey,
    issues: input.issueKeys,
    mentions: input.mentionKeys,
  };
  const created = await createStatement(tx, {
    ...fields,
    slug: slugify(`${input.articleKey} ${span.text.slice(0, 40)}`, 'statement'),
    suffix,
    articleId: input.articleKey,
    context: span.context,
    origin: input.origin ?? 'editor',
    actor: viewer.id,
    at: writeStamp.at,
  });
  // Unknown references throw here, inside the transaction, so the statement is rolled back too.
  requireFound(input, created);
  const audit = await writeAudit(tx, writeStamp, {
    operation: 'addStatement',
    reason: input.reason,
    changedIds: [created.key],
    before: null,
    after: { article: input.articleKey, ...fields, version: 1 },
  });
  return { key: created.key, audit };
}

/** retractStatement: marks it retracted (kept for the record), at the expected version. */
export function retractStatementWrite(
  db: Database,
  viewer: Viewer,
  key: string,
  expectedVersion: number,
  reason: string,
): Promise<WriteResult> {
  const writeStamp = stamp(viewer);
  return db.writeTransaction('retractStatement', async (tx) => {
    const current = await lockStatement(tx, key);
    if (current === null) throw new NotFoundError('statement', key, 'input.id');
    if (current.retractedAt !== null) {
      throw new BadUserInputError(
        `input.id: the statement was already retracted at ${current.retractedAt}.`,
        'input.id',
      );
    }
    checkVersion('statement', current.version, expectedVersion);
    const version = current.version + 1;
    await retractStatement(tx, { key, reason, version, actor: viewer.id, at: writeStamp.at });
    const audit = await writeAudit(tx, writeStamp, {
      operation: 'retractStatement',
      reason,
      changedIds: [key],
      before: { retractedAt: null, version: current.version },
      after: { retractedAt: writeStamp.at, retractedBy: viewer.id, retractReason: reason, version },
    });
    return { key, audit };
  });
}

/** Throws NOT_FOUND for the first reference the write could not link (the transaction rolls back). */
function requireFound(
  input: Pick<Attribution, 'speakerKey' | 'onBehalfOfKey' | 'issueKeys' | 'mentionKeys'>,
  found: ReferencesFound,
): void {
  if (input.speakerKey !== null && !found.speakerFound) {
    throw new NotFoundError('stakeholder', input.speakerKey, 'input.speakerId');
  }
  if (input.onBehalfOfKey !== null && !found.onBehalfOfFound) {
    throw new NotFoundError('organization', input.onBehalfOfKey, 'input.onBehalfOfId');
  }
  if (found.issuesFound !== new Set(input.issueKeys).size) {
    throw new NotFoundError('issue', input.issueKeys.join(', '), 'input.issueSlugs');
  }
  if (found.mentionsFound !== new Set(input.mentionKeys).size) {
    throw new NotFoundError('stakeholder', input.mentionKeys.join(', '), 'input.mentionIds');
  }
}

/** Who said a statement, for whom, how, when and about what: what updateStatement may change. */
export type Attribution = Omit<StatementAttribution, 'articlePublishedOn'>;

/**
 * updateStatement: changes the attribution (never the words or offsets: retract and add instead)
 * at the expected version. `edit` holds only the fields to change. A REPORT has no speaker; any
 * other kind needs one.
 */
export function updateStatementWrite(
  db: Database,
  viewer: Viewer,
  key: string,
  edit: Partial<Attribution> & { expectedVersion: number },
  reason: string,
): Promise<WriteResult> {
  const { expectedVersion, ...changes } = edit;
  if (Object.keys(changes).length === 0) {
    throw new BadUserInputError('Nothing to change: give at least one field of the attribution.', 'input');
  }
  const writeStamp = stamp(viewer);
  return db.writeTransaction('updateStatement', async (tx) => {
    const current = await lockStatement(tx, key);
    if (current === null) throw new NotFoundError('statement', key, 'input.id');
    if (current.retractedAt !== null) {
      throw new BadUserInputError(
        `input.id: the statement was retracted at ${current.retractedAt}.`,
        'input.id',
      );
    }
    checkVersion('statement', current.version, expectedVersion);
    const before = await findStatementAttribution(tx, key);
    if (before === null) throw new NotFoundError('statement', key, 'input.id');
    const { articlePublishedOn, ...was } = before;
    const next: Attribution = { ...was, ...changes };
    if ((next.kind === 'REPORT') !== (next.speakerKey === null)) {
      throw new BadUserInputError(
        next.kind === 'REPORT'
          ? 'input.speakerId: a REPORT is the article’s own words and has no speaker; clear the speaker or change the kind.'
          : `input.speakerId: a ${next.kind} needs a speaker.`,
        'input.speakerId',
      );
    }
    if (next.saidOn !== null && articlePublishedOn !== null && next.saidOn > articlePublishedOn) {
      throw new BadUserInputError(
        `input.saidOn: ${next.saidOn} is after the article's publication (${articlePublishedOn}).`,
        'input.saidOn',
      );
    }
    const version = current.version + 1;
    const found = await updateStatement(tx, {
      key,
      speaker: next.speakerKey,
      onBehalfOf: next.onBehalfOfKey,
      kind: next.kind,
      medium: next.medium,
      saidOn: next.saidOn,
      note: next.note,
      issues: next.issueKeys,
      mentions: next.mentionKeys,
      version,
      actor: viewer.id,
      at: writeStamp.at,
    });
    requireFound(next, found);
    const audit = await writeAudit(tx, writeStamp, {
      operation: 'updateStatement',
      reason,
      changedIds: [key],
      before: { ...was, version: current.version },
      after: { ...next, version },
    });
    return { key, audit };
  });
}
