/**
 * The write path for statements: addStatement places words at a verbatim span of a stored article
 * (the seed's rules, from src/text/span.ts); retractStatement marks one retracted, never deleting it.
 */
import { type Viewer } from '../auth/viewer';
import { type Database } from '../db';
import { BadUserInputError, NotFoundError } from '../errors';
import { lockArticle } from '../repositories/article.repository';
import { createStatement, lockStatement, retractStatement } from '../repositories/statement.repository';
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
  /** Issue ids ("<dispute>/<slug>"), already resolved from slugs. */
  issueKeys: string[];
  mentionKeys: string[];
  reason: string;
}

/** addStatement: one transaction that checks the span against the stored text, then writes. */
export function addStatementWrite(db: Database, viewer: Viewer, input: NewStatement): Promise<WriteResult> {
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
  return db.writeTransaction('addStatement', async (tx) => {
    const article = await lockArticle(tx, input.articleKey);
    if (article === null) throw new NotFoundError('article', input.articleKey, 'input.articleId');
    const span = locateSpan(article.text, input.where);
    if (!span.ok) {
      throw new BadUserInputError(`input.${span.field}: ${span.problem}.`, `input.${span.field}`);
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
      actor: viewer.id,
      at: writeStamp.at,
    });
    // Unknown references throw here, inside the transaction, so the statement is rolled back too.
    if (input.speakerKey !== null && !created.speakerFound) {
      throw new NotFoundError('stakeholder', input.speakerKey, 'input.speakerId');
    }
    if (input.onBehalfOfKey !== null && !created.onBehalfOfFound) {
      throw new NotFoundError('organization', input.onBehalfOfKey, 'input.onBehalfOfId');
    }
    if (created.issuesFound !== new Set(input.issueKeys).size) {
      throw new NotFoundError('issue', input.issueKeys.join(', '), 'input.issueSlugs');
    }
    if (created.mentionsFound !== new Set(input.mentionKeys).size) {
      throw new NotFoundError('stakeholder', input.mentionKeys.join(', '), 'input.mentionIds');
    }
    const audit = await writeAudit(tx, writeStamp, {
      operation: 'addStatement',
      reason: input.reason,
      changedIds: [created.key],
      before: null,
      after: { article: input.articleKey, ...fields, version: 1 },
    });
    return { key: created.key, audit };
  });
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
