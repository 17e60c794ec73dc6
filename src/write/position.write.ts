/**
 * recordPosition: a stakeholder's stance on an issue as of a date, shown by statements, with the
 * seed validator's meaning checks where they can run on the graph: at least one evidence
 * statement, each about the issue, not retracted, and said on or before the end of the asOf window.
 */
import { type Viewer } from '../auth/viewer';
import { type Database, type Writer } from '../db';
import { BadUserInputError, ConflictError, NotFoundError } from '../errors';
import {
  addPositionEvidence,
  createPosition,
  findEvidenceCandidates,
  findSameDayPosition,
  lockPosition,
  setPositionStatus,
} from '../repositories/position.repository';
import { lockStakeholder } from '../repositories/stakeholder.repository';
import { stamp, type WriteStamp, writeAudit } from './audit';
import { checkVersion } from './version';
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
  /** Default "editor"; "suggestion" when an accepted ingestion proposal records it. */
  origin?: 'editor' | 'suggestion';
}

/** The asOf window, checked: earliest ≤ date ≤ latest, both defaulting to the date. */
export function asOfWindow(asOf: AsOf, field = 'input.asOf'): { earliest: string; latest: string } {
  const earliest = asOf.earliest ?? asOf.date;
  const latest = asOf.latest ?? asOf.date;
  if (earliest > asOf.date || asOf.date > latest) {
    throw new BadUserInputError(
      `${field}: the window must hold the date (earliest ${earliest} ≤ date ${asOf.date} ≤ latest ${latest}).`,
      field,
    );
  }
  return { earliest, latest };
}

export function recordPositionWrite(db: Database, viewer: Viewer, input: NewPosition): Promise<WriteResult> {
  return db.writeTransaction('recordPosition', (tx) => recordPositionInTx(tx, viewer, input));
}

/** recordPositionWrite's work inside the caller's transaction, with its own audit entry. */
export async function recordPositionInTx(
  tx: Writer,
  viewer: Viewer,
  input: NewPosition,
): Promise<WriteResult> {
  const checked = checkPosition(input);
  await lockHolder(tx, input.holderKey);
  return recordLockedInTx(tx, viewer, input, checked);
}

/** recordPositionInTx once the holder is locked. */
async function recordLockedInTx(
  tx: Writer,
  viewer: Viewer,
  input: NewPosition,
  checked: Checked,
): Promise<WriteResult> {
  const writeStamp = stamp(viewer);
  const key = await insertPosition(tx, writeStamp, input, checked);
  const audit = await writeAudit(tx, writeStamp, {
    operation: 'recordPosition',
    reason: input.reason,
    changedIds: [key],
    before: null,
    after: positionDiff(input, checked),
  });
  return { key, audit };
}

/**
 * An accepted suggestion's position: the statement joins the evidence of the live position an
 * earlier acceptance recorded for the same holder, issue, stance and day (audited as
 * addPositionEvidence), else a new position is recorded. Two quotes of one speaker on one day are
 * one position shown by both, not two positions of the same day in the timeline.
 */
export async function recordOrExtendPositionInTx(
  tx: Writer,
  viewer: Viewer,
  input: NewPosition,
): Promise<WriteResult> {
  const checked = checkPosition(input);
  // The holder's lock first: a concurrent acceptance for the same holder waits here, then sees
  // the position this one records.
  await lockHolder(tx, input.holderKey);
  const same = await findSameDayPosition(tx, {
    holder: input.holderKey,
    issue: input.issueKey,
    stance: input.stance,
    asOf: input.asOf.date,
    asOfPrecision: input.asOf.precision,
  });
  if (same === null) return recordLockedInTx(tx, viewer, input, checked);
  await checkEvidence(tx, input, checked);
  const writeStamp = stamp(viewer);
  const evidenceCount = await addPositionEvidence(tx, {
    key: same.key,
    evidence: checked.evidence,
    note: input.note,
    version: same.version + 1,
    at: writeStamp.at,
  });
  const audit = await writeAudit(tx, writeStamp, {
    operation: 'addPositionEvidence',
    reason: input.reason,
    changedIds: [same.key],
    before: { version: same.version },
    after: { version: same.version + 1, added: checked.evidence, evidenceCount },
  });
  return { key: same.key, audit };
}

export type Supersede = Omit<NewPosition, 'holderKey' | 'issueKey'> & {
  /** The position replaced. */
  key: string;
  expectedVersion: number | null;
};

/**
 * supersedePosition: a correction. The new position takes the old one's holder and issue; the old
 * one stays in the graph, marked replaced (SUPERSEDED_BY), and leaves every list and answer. A
 * change of mind is not a correction: record a new position for that, and both stay in the history.
 */
export function supersedePositionWrite(db: Database, viewer: Viewer, input: Supersede): Promise<WriteResult> {
  const writeStamp = stamp(viewer);
  return db.writeTransaction('supersedePosition', async (tx) => {
    const old = await lockPosition(tx, input.key);
    if (old === null) throw new NotFoundError('position', input.key, 'input.id');
    if (old.retractedAt !== null || old.supersededBy !== null) {
      throw new ConflictError(
        `Position ${old.key} is already ${old.retractedAt !== null ? 'withdrawn' : `superseded by ${old.supersededBy}`}; supersede the live one instead.`,
        { currentVersion: old.version },
      );
    }
    checkVersion('position', old.version, input.expectedVersion);
    const next: NewPosition = { ...input, holderKey: old.holderKey, issueKey: old.issueKey };
    const checked = checkPosition(next);
    await lockHolder(tx, next.holderKey);
    const key = await insertPosition(tx, writeStamp, next, checked);
    await setPositionStatus(tx, {
      key: old.key,
      retractedAt: null,
      retractedBy: null,
      retractReason: null,
      supersededBy: key,
      version: old.version + 1,
      at: writeStamp.at,
    });
    const audit = await writeAudit(tx, writeStamp, {
      operation: 'supersedePosition',
      reason: input.reason,
      changedIds: [key, old.key],
      before: { superseded: old.key, stance: old.stance, version: old.version },
      after: { ...positionDiff(next, checked), supersedes: old.key },
    });
    return { key, audit };
  });
}

interface Checked {
  evidence: string[];
  earliest: string;
  latest: string;
  id: string;
}

/** The checks that need no database: an inferred stance's note, the asOf window, a fresh id. */
function checkPosition(input: NewPosition): Checked {
  if (input.inferred && (input.note === null || input.note.trim() === '')) {
    throw new BadUserInputError(
      'input.note: an inferred position needs a note saying how the stance was inferred.',
      'input.note',
    );
  }
  const { earliest, latest } = asOfWindow(input.asOf);
  const issueSlug = input.issueKey.slice(input.issueKey.lastIndexOf('/') + 1);
  // Several positions of one holder on one issue can share a date, so the id always has a suffix.
  const id = `${slugify(`${input.holderKey} ${issueSlug} ${input.asOf.date}`, 'position')}-${slugSuffix()}`;
  return { evidence: [...new Set(input.evidenceKeys)], earliest, latest, id };
}

/**
 * Every evidence statement exists, is not retracted, is about the issue and was said by the end of
 * the asOf window.
 */
async function checkEvidence(tx: Writer, input: NewPosition, checked: Checked): Promise<void> {
  const found = new Map(
    (await findEvidenceCandidates(tx, checked.evidence, input.issueKey)).map((row) => [row.key, row]),
  );
  for (const key of checked.evidence) {
    const statement = found.get(key);
    if (statement === undefined) throw new NotFoundError('statement', key, 'input.evidenceIds');
    if (statement.retracted) {
      throw new BadUserInputError(`input.evidenceIds: statement ${key} was retracted.`, 'input.evidenceIds');
    }
    if (!statement.aboutIssue) {
      throw new BadUserInputError(
        `input.evidenceIds: statement ${key} is not about ${input.issueKey}; add the issue to the statement or pick another.`,
        'input.evidenceIds',
      );
    }
    const said = statement.saidOn ?? statement.articlePublishedOn;
    if (said !== null && said > checked.latest) {
      throw new BadUserInputError(
        `input.evidenceIds: statement ${key} was said on ${said}, after asOf (${checked.latest}); a position can only rest on earlier words.`,
        'input.evidenceIds',
      );
    }
  }
}

/** Locks the holder for the transaction; NOT_FOUND when there is none. */
async function lockHolder(tx: Writer, holderKey: string): Promise<void> {
  if ((await lockStakeholder(tx, holderKey)) === null)
    throw new NotFoundError('stakeholder', holderKey, 'input.holderId');
}

/**
 * Checks every evidence statement inside the transaction (exists, not retracted, about the issue,
 * said by the end of the asOf window), then creates the position. The caller has locked the holder.
 */
async function insertPosition(tx: Writer, writeStamp: WriteStamp, input: NewPosition, checked: Checked) {
  await checkEvidence(tx, input, checked);
  return createPosition(tx, {
    id: checked.id,
    holder: input.holderKey,
    issue: input.issueKey,
    stance: input.stance,
    asOf: input.asOf.date,
    asOfEarliest: checked.earliest,
    asOfLatest: checked.latest,
    asOfPrecision: input.asOf.precision,
    asOfInferred: input.asOf.inferred,
    asOfNote: input.asOf.note,
    confidence: input.confidence,
    inferred: input.inferred,
    note: input.note,
    evidence: checked.evidence,
    origin: input.origin ?? 'editor',
    actor: writeStamp.viewer.id,
    at: writeStamp.at,
  });
}

function positionDiff(input: NewPosition, checked: Checked) {
  return {
    holder: input.holderKey,
    issue: input.issueKey,
    stance: input.stance,
    asOf: input.asOf.date,
    asOfEarliest: checked.earliest,
    asOfLatest: checked.latest,
    confidence: input.confidence,
    inferred: input.inferred,
    note: input.note,
    evidence: checked.evidence,
    version: 1,
  };
}
