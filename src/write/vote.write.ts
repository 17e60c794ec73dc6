/**
 * createVote, recordTally and recordBallot. A vote is built up as sources report it: the vote and
 * its rule first, then each source's tally (one per article, never merged) and each named unit's
 * ballot. One audited transaction each; a tally or ballot moves the vote to its next version.
 */
import { type Viewer } from '../auth/viewer';
import { type Database, type Writer } from '../db';
import { BadUserInputError, NotFoundError } from '../errors';
import { type AuditEntryRecord } from '../repositories/audit.repository';
import { lockStakeholder } from '../repositories/stakeholder.repository';
import {
  createBallot,
  createTally,
  createVote,
  type LockedVote,
  lockVote,
} from '../repositories/vote.repository';
import { type TallyCounts } from '../repositories/records';
import { stamp, writeAudit } from './audit';
import { requireEvidence, requireEvidenceRows, requireIssues } from './evidence';
import { type AsOf, asOfWindow } from './position.write';
import { slugify, slugSuffix } from './slug';
import { checkVersion } from './version';

export interface ThresholdData {
  measure: string;
  atLeast: number;
  outOf?: number;
  base?: string;
  evidence: string[];
}

export interface ReadingData {
  id: string;
  name: string;
  thresholds: ThresholdData[];
  evidence: string[];
}

export interface NewVote {
  dispute: string;
  slug: string | null;
  name: string;
  agreement: string | null;
  closedOn: AsOf | null;
  ruleDescription: string;
  readings: ReadingData[];
  ruleEvidence: string[];
  issueSlugs: string[];
  evidence: string[];
  reason: string;
}

const SHARES = new Set(['MEMBER_SHARE_FOR', 'APPROVING_MEMBERSHIP_SHARE']);

/** A rule the API can evaluate: shares between 0 and 1, counts whole and within outOf. */
function checkReadings(readings: readonly ReadingData[]): void {
  if (readings.length === 0) {
    throw new BadUserInputError(
      'input.rule.readings: give at least one reading of the rule.',
      'input.rule.readings',
    );
  }
  for (const reading of readings) {
    for (const threshold of reading.thresholds) {
      const share = SHARES.has(threshold.measure);
      if (share ? threshold.atLeast > 1 : !Number.isInteger(threshold.atLeast)) {
        throw new BadUserInputError(
          `input.rule.readings: ${threshold.measure} in "${reading.name}" needs ${share ? 'a share between 0 and 1' : 'a whole count'}, not ${threshold.atLeast}.`,
          'input.rule.readings',
        );
      }
      if (threshold.outOf !== undefined && threshold.atLeast > threshold.outOf) {
        throw new BadUserInputError(
          `input.rule.readings: "${reading.name}" asks for ${threshold.atLeast} out of ${threshold.outOf}.`,
          'input.rule.readings',
        );
      }
    }
  }
}

export function createVoteWrite(
  db: Database,
  viewer: Viewer,
  input: NewVote,
): Promise<{ key: string; audit: AuditEntryRecord }> {
  checkReadings(input.readings);
  const window = input.closedOn === null ? null : asOfWindow(input.closedOn, 'input.closedOn');
  const slug = input.slug ?? slugify(input.name, 'vote');
  const id = `${input.dispute}/${slug}`;
  const writeStamp = stamp(viewer);
  return db.writeTransaction('createVote', async (tx) => {
    if ((await lockVote(tx, id)) !== null) {
      throw new BadUserInputError(
        `input.slug: dispute ${input.dispute} already has a vote "${slug}"; pick another slug.`,
        'input.slug',
      );
    }
    const issues = await requireIssues(tx, input.dispute, input.issueSlugs, 'input.issueSlugs');
    const evidence = await requireEvidence(tx, input.evidence, 'input.evidenceIds');
    const ruleEvidence = await requireEvidence(tx, input.ruleEvidence, 'input.rule.evidenceIds');
    await requireEvidence(
      tx,
      input.readings.flatMap((reading) => [
        ...reading.evidence,
        ...reading.thresholds.flatMap((t) => t.evidence),
      ]),
      'input.rule.readings',
    );
    const fields = {
      slug,
      dispute: input.dispute,
      name: input.name.trim(),
      agreement: input.agreement,
      closedOn: input.closedOn?.date ?? null,
      closedOnEarliest: window?.earliest ?? null,
      closedOnLatest: window?.latest ?? null,
      closedOnPrecision: input.closedOn?.precision ?? null,
      closedOnInferred: input.closedOn?.inferred ?? false,
      closedOnNote: input.closedOn?.note ?? null,
      ruleDescription: input.ruleDescription.trim(),
      ruleReadings: JSON.stringify(input.readings),
      ruleEvidence,
      issues,
      evidence,
    };
    const key = await createVote(tx, { id, ...fields, actor: viewer.id, at: writeStamp.at });
    if (key === null) throw new NotFoundError('dispute', input.dispute, 'input.dispute');
    const audit = await writeAudit(tx, writeStamp, {
      operation: 'createVote',
      reason: input.reason,
      changedIds: [key],
      before: null,
      after: { ...fields, version: 1 },
    });
    return { key, audit };
  });
}

async function lockExistingVote(
  tx: Writer,
  key: string,
  expectedVersion: number | null,
): Promise<LockedVote> {
  const vote = await lockVote(tx, key);
  if (vote === null) throw new NotFoundError('vote', key, 'input.voteSlug');
  checkVersion('vote', vote.version, expectedVersion);
  return vote;
}

/** Counts that add up: for + against ≤ total, a share between 0 and 1, at least one count given. */
export function checkCounts(counts: TallyCounts): void {
  const values = Object.values(counts);
  if (values.every((value) => value === null)) {
    throw new BadUserInputError('input: a tally needs at least one count or share.', 'input');
  }
  for (const prefix of ['unions', 'bargainingUnits'] as const) {
    const total = counts[`${prefix}Total`];
    const sum = (counts[`${prefix}For`] ?? 0) + (counts[`${prefix}Against`] ?? 0);
    if (total !== null && sum > total) {
      throw new BadUserInputError(
        `input.${prefix}Total: ${prefix} for and against add up to ${sum}, more than the total ${total}.`,
        `input.${prefix}Total`,
      );
    }
  }
}

export function recordTallyWrite(
  db: Database,
  viewer: Viewer,
  input: {
    vote: string;
    expectedVersion: number | null;
    counts: TallyCounts;
    evidence: string[];
    reason: string;
  },
): Promise<{ key: string; audit: AuditEntryRecord }> {
  checkCounts(input.counts);
  const writeStamp = stamp(viewer);
  return db.writeTransaction('recordTally', async (tx) => {
    const vote = await lockExistingVote(tx, input.vote, input.expectedVersion);
    const statements = await requireEvidenceRows(tx, input.evidence, 'input.evidenceIds');
    const evidence = statements.map((row) => row.key);
    const articles = new Set(statements.map((row) => row.articleKey));
    if (articles.size !== 1) {
      throw new BadUserInputError(
        `input.evidenceIds: a tally is one source's report; its statements come from ${articles.size} articles (${[...articles].join(', ')}). Record one tally per article.`,
        'input.evidenceIds',
      );
    }
    const [article = ''] = [...articles];
    if (vote.tallyArticleKeys.includes(article)) {
      throw new BadUserInputError(
        `input.evidenceIds: article ${article} already has a tally for this vote; tallies are never merged or overwritten.`,
        'input.evidenceIds',
      );
    }
    const id = `${slugify(input.vote.replace('/', '-'), 'vote')}-tally-${slugSuffix()}`;
    await createTally(tx, {
      vote: input.vote,
      id,
      ...input.counts,
      evidence,
      version: vote.version + 1,
      actor: viewer.id,
      at: writeStamp.at,
    });
    const audit = await writeAudit(tx, writeStamp, {
      operation: 'recordTally',
      reason: input.reason,
      changedIds: [id, input.vote],
      before: null,
      after: { vote: input.vote, article, ...input.counts, evidence, version: 1 },
    });
    return { key: input.vote, audit };
  });
}

export function recordBallotWrite(
  db: Database,
  viewer: Viewer,
  input: {
    vote: string;
    expectedVersion: number | null;
    unit: string;
    outcome: string;
    evidence: string[];
    reason: string;
  },
): Promise<{ key: string; audit: AuditEntryRecord }> {
  const writeStamp = stamp(viewer);
  return db.writeTransaction('recordBallot', async (tx) => {
    const vote = await lockExistingVote(tx, input.vote, input.expectedVersion);
    const unit = await lockStakeholder(tx, input.unit);
    if (unit === null || unit.label !== 'Organization')
      throw new NotFoundError('organization', input.unit, 'input.unitId');
    if (vote.ballotUnitKeys.includes(input.unit)) {
      throw new BadUserInputError(
        `input.unitId: ${unit.name} already has a ballot in this vote; a unit votes once.`,
        'input.unitId',
      );
    }
    const evidence = await requireEvidence(tx, input.evidence, 'input.evidenceIds');
    const id = `${input.vote.replace('/', '-')}-${input.unit}`;
    await createBallot(tx, {
      ...input,
      id,
      evidence,
      version: vote.version + 1,
      actor: viewer.id,
      at: writeStamp.at,
    });
    const audit = await writeAudit(tx, writeStamp, {
      operation: 'recordBallot',
      reason: input.reason,
      changedIds: [id, input.vote],
      before: null,
      after: { vote: input.vote, unit: input.unit, outcome: input.outcome, evidence, version: 1 },
    });
    return { key: input.vote, audit };
  });
}
