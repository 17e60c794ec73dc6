/**
 * recordPosition: a stakeholder's stance on an issue as of a date, shown by statements, with the
 * seed validator's meaning checks where they can run on the graph: at least one evidence
 * statement, each about the issue, not retracted, and said on or before the end of the asOf window.
 */
import { type Viewer } from '../auth/viewer';
import { type Database } from '../db';
import { BadUserInputError, NotFoundError } from '../errors';
import { createPosition, findEvidenceCandidates } from '../repositories/position.repository';
import { lockStakeholder } from '../repositories/stakeholder.repository';
import { stamp, writeAudit } from './audit';
import { slugify, slugSuffix } from './slug';
import { type WriteResult } from './stakeholder.write';

export interface AsOf {
  date: string;
  precision: string;
  earliest: string | null;
  latest: string | null;
  inferred: boolean;
  note: string | null;
}

export interface NewPosition {
  holderKey: string;
  /** The issue's id ("<dispute>/<slug>"), resolved from slug and dispute. */
  issueKey: string;
  stance: string;
  asOf: AsOf;
  confidence: number;
  evidenceKeys: string[];
  inferred: boolean;
  note: string | null;
  reason: string;
}

/** The asOf window, checked: earliest ≤ date ≤ latest, both defaulting to the date. */
export function asOfWindow(asOf: AsOf): { earliest: string; latest: string } {
  const earliest = asOf.earliest ?? asOf.date;
  const latest = asOf.latest ?? asOf.date;
  if (earliest > asOf.date || asOf.date > latest) {
    throw new BadUserInputError(
      `input.asOf: the window must hold the date (earliest ${earliest} ≤ date ${asOf.date} ≤ latest ${latest}).`,
      'input.asOf',
    );
  }
  return { earliest, latest };
}

export function recordPositionWrite(db: Database, viewer: Viewer, input: NewPosition): Promise<WriteResult> {
  if (input.inferred && (input.note === null || input.note.trim() === '')) {
    throw new BadUserInputError(
      'input.note: an inferred position needs a note saying how the stance was inferred.',
      'input.note',
    );
  }
  const evidence = [...new Set(input.evidenceKeys)];
  const { earliest, latest } = asOfWindow(input.asOf);
  const writeStamp = stamp(viewer);
  const issueSlug = input.issueKey.slice(input.issueKey.lastIndexOf('/') + 1);
  // Several positions of one holder on one issue can share a date, so the id always has a suffix.
  const id = `${slugify(`${input.holderKey} ${issueSlug} ${input.asOf.date}`, 'position')}-${slugSuffix()}`;
  return db.writeTransaction('recordPosition', async (tx) => {
    const holder = await lockStakeholder(tx, input.holderKey);
    if (holder === null) throw new NotFoundError('stakeholder', input.holderKey, 'input.holderId');
    const found = new Map(
      (await findEvidenceCandidates(tx, evidence, input.issueKey)).map((row) => [row.key, row]),
    );
    for (const key of evidence) {
      const statement = found.get(key);
      if (statement === undefined) throw new NotFoundError('statement', key, 'input.evidenceIds');
      if (statement.retracted) {
        throw new BadUserInputError(
          `input.evidenceIds: statement ${key} was retracted.`,
          'input.evidenceIds',
        );
      }
      if (!statement.aboutIssue) {
        throw new BadUserInputError(
          `input.evidenceIds: statement ${key} is not about ${input.issueKey}; add the issue to the statement or pick another.`,
          'input.evidenceIds',
        );
      }
      const said = statement.saidOn ?? statement.articlePublishedOn;
      if (said !== null && said > latest) {
        throw new BadUserInputError(
          `input.evidenceIds: statement ${key} was said on ${said}, after asOf (${latest}); a position can only rest on earlier words.`,
          'input.evidenceIds',
        );
      }
    }
    const key = await createPosition(tx, {
      id,
      holder: input.holderKey,
      issue: input.issueKey,
      stance: input.stance,
      asOf: input.asOf.date,
      asOfEarliest: earliest,
      asOfLatest: latest,
      asOfPrecision: input.asOf.precision,
      asOfInferred: input.asOf.inferred,
      asOfNote: input.asOf.note,
      confidence: input.confidence,
      inferred: input.inferred,
      note: input.note,
      evidence,
      actor: viewer.id,
      at: writeStamp.at,
    });
    const audit = await writeAudit(tx, writeStamp, {
      operation: 'recordPosition',
      reason: input.reason,
      changedIds: [key],
      before: null,
      after: {
        holder: input.holderKey,
        issue: input.issueKey,
        stance: input.stance,
        asOf: input.asOf.date,
        asOfEarliest: earliest,
        asOfLatest: latest,
        confidence: input.confidence,
        inferred: input.inferred,
        note: input.note,
        evidence,
        version: 1,
      },
    });
    return { key, audit };
  });
}
