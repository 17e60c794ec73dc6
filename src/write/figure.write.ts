/**
 * addFigure: a number as one article reports it. The as-reported words must sit verbatim in one
 * of its source statements, and all its sources come from one article (reports are never merged).
 */
import { type Viewer } from '../auth/viewer';
import { type Database } from '../db';
import { BadUserInputError, NotFoundError } from '../errors';
import { type AuditEntryRecord } from '../repositories/audit.repository';
import { createFigure, type NewFigureParams } from '../repositories/figure.repository';
import { lockStakeholder } from '../repositories/stakeholder.repository';
import { normalizeQuotes } from '../text/span';
import { stamp, writeAudit } from './audit';
import { requireEvidenceRows, requireIssues } from './evidence';
import { type AsOf, asOfWindow } from './position.write';
import { slugify, slugSuffix } from './slug';

export interface NewFigure {
  dispute: string;
  measure: string;
  value: number;
  unit: string;
  qualifier: string | null;
  asReported: string;
  on: AsOf | null;
  attributedTo: string | null;
  issueSlugs: string[];
  evidence: string[];
  reason: string;
}

export function addFigureWrite(
  db: Database,
  viewer: Viewer,
  input: NewFigure,
): Promise<{ key: string; audit: AuditEntryRecord }> {
  if (input.on !== null) asOfWindow(input.on, 'input.on');
  const writeStamp = stamp(viewer);
  const id = `${slugify(`${input.measure} ${input.value}`, 'figure')}-${slugSuffix()}`;
  return db.writeTransaction('addFigure', async (tx) => {
    const statements = await requireEvidenceRows(tx, input.evidence, 'input.evidenceIds');
    const evidence = statements.map((row) => row.key);
    const articles = [...new Set(statements.map((row) => row.articleKey))];
    const [article] = articles;
    if (article === undefined || articles.length > 1) {
      throw new BadUserInputError(
        `input.evidenceIds: a figure is one article's report; its statements come from ${articles.length} articles. Add one figure per article.`,
        'input.evidenceIds',
      );
    }
    const words = normalizeQuotes(input.asReported.trim());
    if (!statements.some((row) => normalizeQuotes(row.text).includes(words))) {
      throw new BadUserInputError(
        `input.asReported: "${input.asReported}" is not verbatim in any of its source statements; copy the words exactly as the article gives them.`,
        'input.asReported',
      );
    }
    if (input.attributedTo !== null && (await lockStakeholder(tx, input.attributedTo)) === null) {
      throw new NotFoundError('stakeholder', input.attributedTo, 'input.attributedToId');
    }
    const issues = await requireIssues(tx, input.dispute, input.issueSlugs, 'input.issueSlugs');
    const params: NewFigureParams = {
      id,
      dispute: input.dispute,
      measure: input.measure,
      value: input.value,
      unit: input.unit,
      qualifier: input.qualifier,
      asReported: input.asReported.trim(),
      article,
      on: input.on?.date ?? null,
      onPrecision: input.on?.precision ?? null,
      onInferred: input.on?.inferred ?? false,
      onNote: input.on?.note ?? null,
      attributedTo: input.attributedTo,
      issues,
      evidence,
      actor: viewer.id,
      at: writeStamp.at,
    };
    const key = await createFigure(tx, params);
    if (key === null) throw new NotFoundError('dispute', input.dispute, 'input.dispute');
    const { actor: _actor, at: _at, ...after } = params;
    const audit = await writeAudit(tx, writeStamp, {
      operation: 'addFigure',
      reason: input.reason,
      changedIds: [key],
      before: null,
      after: { ...after, version: 1 },
    });
    return { key, audit };
  });
}
