/**
 * createIssue and updateIssue: one audited transaction each. An issue's id is "<dispute>/<slug>"
 * and never changes, so positions, statements and clients keep pointing at it.
 */
import { type Viewer } from '../auth/viewer';
import { type Database } from '../db';
import { BadUserInputError, NotFoundError } from '../errors';
import { createIssue, type LockedIssue, lockIssue, updateIssue } from '../repositories/issue.repository';
import { stamp, writeAudit } from './audit';
import { slugify } from './slug';
import { type WriteResult } from './stakeholder.write';
import { checkVersion } from './version';

export interface NewIssue {
  dispute: string;
  slug: string | null;
  name: string;
  proposition: string;
  description: string | null;
  /** Stored cues ("+phrase", "-phrase", "phrase": src/ingest/cues.ts). */
  cues: string[];
  reason: string;
}

export function createIssueWrite(db: Database, viewer: Viewer, input: NewIssue): Promise<WriteResult> {
  const slug = input.slug ?? slugify(input.name, 'issue');
  const id = `${input.dispute}/${slug}`;
  const writeStamp = stamp(viewer);
  const fields = {
    name: input.name.trim(),
    proposition: input.proposition.trim(),
    description: input.description,
    cues: input.cues,
  };
  return db.writeTransaction('createIssue', async (tx) => {
    if ((await lockIssue(tx, id)) !== null) {
      throw new BadUserInputError(
        `input.slug: dispute ${input.dispute} already has an issue "${slug}"; pick another slug or use updateIssue.`,
        'input.slug',
      );
    }
    const key = await createIssue(tx, {
      id,
      slug,
      dispute: input.dispute,
      ...fields,
      actor: viewer.id,
      at: writeStamp.at,
    });
    if (key === null) throw new NotFoundError('dispute', input.dispute, 'input.dispute');
    const audit = await writeAudit(tx, writeStamp, {
      operation: 'createIssue',
      reason: input.reason,
      changedIds: [key],
      before: null,
      after: { slug, dispute: input.dispute, ...fields, version: 1 },
    });
    return { key, audit };
  });
}

export interface IssueEdit {
  expectedVersion: number;
  name?: string;
  proposition?: string;
  description?: string | null;
  cues?: string[];
}

export function updateIssueWrite(
  db: Database,
  viewer: Viewer,
  key: string,
  edit: IssueEdit,
  reason: string,
): Promise<WriteResult> {
  if (
    edit.name === undefined &&
    edit.proposition === undefined &&
    edit.description === undefined &&
    edit.cues === undefined
  ) {
    throw new BadUserInputError('Nothing to change: give a name, a proposition or a description.', 'input');
  }
  const writeStamp = stamp(viewer);
  return db.writeTransaction('updateIssue', async (tx) => {
    const current = await lockIssue(tx, key);
    if (current === null) throw new NotFoundError('issue', key, 'input.id');
    checkVersion('issue', current.version, edit.expectedVersion);
    const next: LockedIssue = {
      key,
      name: edit.name?.trim() ?? current.name,
      proposition: edit.proposition?.trim() ?? current.proposition,
      description: edit.description === undefined ? current.description : edit.description,
      cues: edit.cues ?? current.cues,
      version: current.version + 1,
    };
    await updateIssue(tx, { ...next, actor: viewer.id, at: writeStamp.at });
    const audit = await writeAudit(tx, writeStamp, {
      operation: 'updateIssue',
      reason,
      changedIds: [key],
      before: issueFields(current),
      after: issueFields(next),
    });
    return { key, audit };
  });
}

/** The editable fields of an issue, as its audit diff shows them. */
export function issueFields(issue: LockedIssue) {
  return {
    name: issue.name,
    proposition: issue.proposition,
    description: issue.description,
    cues: issue.cues,
    version: issue.version,
  };
}
