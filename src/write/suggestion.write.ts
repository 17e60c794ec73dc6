/**
 * Reviewing the ingestion pipeline's suggestions. Accepting one writes through the same write path
 * as every other mutation (createPerson for a proposed new speaker, addStatement, addRole for the
 * new speaker's appositive role at a known organization, recordPosition, or addPositionEvidence
 * when an earlier acceptance recorded the same holder's stance on the issue that day),
 * each with the reason "proposed by ingest vN (suggestion …), accepted by <editor>", so the audit
 * trail and history() show both; then the suggestion is marked ACCEPTED in its own audited
 * transaction. Rejecting marks it REJECTED with the reason. Nothing here deletes a suggestion.
 */
import { type Viewer } from '../auth/viewer';
import { type Database, type Writer } from '../db';
import { heldOn, REPRESENTATIVE_TITLE } from '../ingest/entities';
import { type AuditEntryRecord } from '../repositories/audit.repository';
import { findRolesOfPersonInTx } from '../repositories/role.repository';
import { BadUserInputError, ConflictError, NotFoundError } from '../errors';
import {
  findCreatedSpeaker,
  findProposedSuggestionIds,
  findSuggestionsByIds,
  lockSuggestion,
  reviewSuggestion,
  type SuggestionRecord,
} from '../repositories/suggestion.repository';
import { stamp, writeAudit } from './audit';
import { recordOrExtendPositionInTx } from './position.write';
import { addRoleInTx } from './role.write';
import { createStakeholderInTx } from './stakeholder.write';
import { addStatementInTx } from './statement.write';

export interface StoredStance {
  issueKey: string;
  slug: string;
  stance: string;
  confidence: number;
  lowConfidence: boolean;
  cues: string[];
  /** Read by the learned stage (src/ingest/learned.ts); absent in suggestions of ingest v1–v2. */
  learned?: boolean;
}

/** What a reviewer may change before accepting; anything left out keeps the suggestion's value. */
export interface SuggestionEdits {
  /** An existing stakeholder instead of the proposed speaker. */
  speakerKey?: string;
  /** An organization instead of the proposed principal; null = none. */
  onBehalfOfKey?: string | null;
  kind?: string;
  /** The day the words were said instead of the proposed one; null = none. */
  saidOn?: string | null;
  /** Replaces the proposed stances; NEUTRAL makes the statement about the issue with no position. */
  stances?: { issueKey: string; stance: string }[];
  /** The organization of the created speaker's appositive role, when the pipeline linked none. */
  roleOrganizationKey?: string;
  /** The kind of the new organization the acceptance creates as the speaker. */
  organizationKind?: string;
}

export interface AcceptOutcome {
  suggestionKey: string;
  statementKey: string;
  createdStakeholderKey: string | null;
  positionKeys: string[];
  audit: AuditEntryRecord;
}

/**
 * The stances a suggestion stores as JSON. Unreadable JSON is an internal fault (the service
 * wrote it), raised rather than read as "no stances": accepting would otherwise record the
 * statement without the positions it was proposed with.
 */
export function storedStances(record: Pick<SuggestionRecord, 'id' | 'issues'>): StoredStance[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(record.issues);
  } catch (error) {
    throw new Error(`suggestion ${record.id}: its stored stances are not JSON`, { cause: error });
  }
  if (!Array.isArray(parsed)) throw new Error(`suggestion ${record.id}: its stored stances are not a list`);
  return parsed as StoredStance[];
}

const NO_SPEAKER =
  'edits.speakerId: the pipeline left this quote unattributed; give the speaker, or reject the suggestion.';

/** Six days before `date` to `date`: the window of words reported with no day (docs/model.md). */
function weekBefore(date: string): { earliest: string; latest: string } {
  const earliest = new Date(Date.parse(`${date}T00:00:00Z`) - 6 * 86_400_000).toISOString().slice(0, 10);
  return { earliest, latest: date };
}

/** The name of the new person or organization a suggestion proposes as its speaker, or null when it proposes none. */
function proposedNewSpeaker(s: Pick<SuggestionRecord, 'speakerIsNew' | 'speakerName'>): string | null {
  return s.speakerIsNew ? s.speakerName : null;
}

async function readProposed(db: Database, key: string, argument: string): Promise<SuggestionRecord> {
  const [record] = await findSuggestionsByIds(db, [key]);
  if (record === undefined) throw new NotFoundError('suggestion', key, argument);
  if (record.status !== 'PROPOSED') {
    throw new BadUserInputError(
      `${argument}: suggestion ${key} was already ${record.status.toLowerCase()} by ${record.reviewedBy ?? 'someone'} at ${record.reviewedAt ?? '?'}.`,
      argument,
    );
  }
  return record;
}

/**
 * acceptSuggestion: the speaker (a proposed new person or organization created first when accepted as is), the
 * statement, one position per stance that is not NEUTRAL or marked low-confidence (unless the
 * reviewer set the stances), then the suggestion marked ACCEPTED.
 */
export async function acceptSuggestionWrite(
  db: Database,
  viewer: Viewer,
  key: string,
  edits: SuggestionEdits,
  reason: string | null,
): Promise<AcceptOutcome> {
  // Read outside the transaction only to fail fast; the lock below re-checks the status.
  const proposed = await readProposed(db, key, 'id');
  if (
    typeof edits.saidOn === 'string' &&
    proposed.articlePublishedOn !== null &&
    edits.saidOn > proposed.articlePublishedOn
  ) {
    throw new BadUserInputError(
      `edits.saidOn: ${edits.saidOn} is after the article's publication (${proposed.articlePublishedOn}).`,
      'edits.saidOn',
    );
  }
  for (const stance of edits.stances ?? []) {
    if (!['SUPPORT', 'OPPOSE', 'MIXED', 'NEUTRAL'].includes(stance.stance)) {
      throw new BadUserInputError(`edits.stances: "${stance.stance}" is not a stance.`, 'edits.stances');
    }
  }

  // Everything an acceptance writes (new person, statement, positions, the suggestion's status)
  // commits together or not at all; each part still records its own audit entry.
  return db.writeTransaction('acceptSuggestion', (tx) => acceptInTx(tx, viewer, key, edits, reason));
}

/**
 * One acceptance inside the caller's transaction. It refuses (BadUserInputError, NotFoundError,
 * ConflictError) before it writes anything only when the suggestion is gone or no longer PROPOSED;
 * a later refusal (no speaker, a span the write path refuses) may follow writes, so the caller
 * must let the transaction roll back.
 */
async function acceptInTx(
  tx: Writer,
  viewer: Viewer,
  key: string,
  edits: SuggestionEdits,
  reason: string | null,
): Promise<AcceptOutcome> {
  const locked = await lockSuggestion(tx, key);
  if (locked === null) throw new NotFoundError('suggestion', key, 'id');
  if (locked.status !== 'PROPOSED') {
    throw new ConflictError(
      `Suggestion ${key} was ${locked.status.toLowerCase()} by ${locked.reviewedBy ?? 'someone'} meanwhile.`,
      {},
    );
  }
  // What is accepted is the proposal as it stands under the lock: reproposeSuggestions may have
  // replaced the one read above.
  const suggestion = locked;
  const provenance = `proposed by ${suggestion.pipelineVersion} (suggestion ${key}), accepted by ${viewer.name}${reason === null ? '' : `: ${reason}`}`;
  const stances: { issueKey: string; stance: string; confidence?: number; lowConfidence?: boolean }[] =
    edits.stances ?? storedStances(suggestion);
  let speakerKey = edits.speakerKey ?? suggestion.speakerId;
  let createdStakeholderKey: string | null = null;
  const newName = edits.speakerKey === undefined ? proposedNewSpeaker(suggestion) : null;
  if (speakerKey === null && newName !== null) {
    // A new person quoted twice in one article is created once: the second acceptance reuses them.
    speakerKey = await findCreatedSpeaker(tx, suggestion.articleId, newName);
    if (speakerKey === null) {
      const role = [suggestion.roleTitle, suggestion.roleOrganizationName]
        .filter((x) => x !== null)
        .join(', ');
      const surname = newName.split(/\s+/).at(-1) ?? newName;
      // A new organization ("the Connecticut State University System said") gets no alias, and the
      // kind the editor gives: the pipeline read only its name.
      const organization = suggestion.speakerType === 'ORGANIZATION';
      if (organization && edits.organizationKind === undefined) {
        throw new BadUserInputError(
          `edits.organizationKind: accepting creates the organization "${newName}"; say what sort it is (e.g. UNION, GOVERNMENT_OFFICE), or give edits.speakerId.`,
          'edits.organizationKind',
        );
      }
      const created = await createStakeholderInTx(tx, viewer, {
        label: organization ? 'Organization' : 'Person',
        name: newName,
        aliases: organization || surname === newName ? [] : [surname],
        kind: organization ? (edits.organizationKind ?? null) : null,
        description: role === '' ? null : role,
        reason: provenance,
        origin: 'suggestion',
      });
      speakerKey = created.key;
      createdStakeholderKey = created.key;
    }
  }
  if (speakerKey === null) {
    throw new BadUserInputError(NO_SPEAKER, 'edits.speakerId');
  }
  if (
    edits.organizationKind !== undefined &&
    (createdStakeholderKey === null || suggestion.speakerType !== 'ORGANIZATION')
  ) {
    throw new BadUserInputError(
      'edits.organizationKind: this acceptance creates no organization (the speaker is known, or an earlier acceptance created it).',
      'edits.organizationKind',
    );
  }
  // A speaker the editor names instead of the proposed one speaks for the organization they
  // represent at the article's date, not for the one the pipeline read next to the old speaker's
  // name; the editor's own onBehalfOfId (or clearOnBehalfOf) comes first.
  const speakerChanged = edits.speakerKey !== undefined && edits.speakerKey !== suggestion.speakerId;
  const onBehalfOfKey =
    edits.onBehalfOfKey !== undefined
      ? edits.onBehalfOfKey
      : speakerChanged
        ? await representedOrganization(tx, speakerKey, suggestion.articlePublishedOn)
        : suggestion.onBehalfOfId;
  // The day: the reviewer's, else the one the pipeline read from the attribution (inferred).
  const saidOn = edits.saidOn === undefined ? suggestion.saidOn : edits.saidOn;
  const saidOnRead = edits.saidOn === undefined && saidOn !== null;
  const statement = await addStatementInTx(tx, viewer, {
    articleKey: suggestion.articleId,
    where: { start: suggestion.start, end: suggestion.end },
    speakerKey,
    onBehalfOfKey,
    kind: edits.kind ?? suggestion.kind,
    medium: suggestion.medium,
    saidOn,
    ...(saidOnRead
      ? {
          saidOnInferred: {
            note: `${suggestion.saidOnNote ?? 'Read from the attribution.'} (${suggestion.pipelineVersion})`,
          },
        }
      : {}),
    issueKeys: [...new Set(stances.map((s) => s.issueKey))],
    mentionKeys: [],
    reason: provenance,
    origin: 'suggestion',
  });

  // The appositive's role ("Moises Padilla, vice president of AFSCME Local 387") becomes a
  // HOLDS_ROLE with this statement as its evidence, but only for the person this acceptance
  // creates (an earlier acceptance already added theirs) and only when the organization links
  // to a known one (or the reviewer names it): an unknown name stays in the description, where an
  // editor can read it.
  if (
    edits.roleOrganizationKey !== undefined &&
    (createdStakeholderKey === null || suggestion.roleTitle === null)
  ) {
    throw new BadUserInputError(
      'edits.roleOrganizationId: this acceptance creates no speaker with a role title from the article; add the role with addRole instead.',
      'edits.roleOrganizationId',
    );
  }
  let roleAdded = false;
  const roleOrganization = edits.roleOrganizationKey ?? suggestion.roleOrganizationId;
  if (createdStakeholderKey !== null && suggestion.roleTitle !== null && roleOrganization !== null) {
    await addRoleInTx(tx, viewer, {
      person: createdStakeholderKey,
      organization: roleOrganization,
      title: suggestion.roleTitle,
      since: null,
      note: `Read by ${suggestion.pipelineVersion} from the appositive next to the name in ${key}.`,
      evidenceKeys: [statement.key],
      reason: provenance,
      origin: 'suggestion',
    });
    roleAdded = true;
  }

  const positionKeys: string[] = [];
  const holderKey = onBehalfOfKey ?? speakerKey;
  const articleDate = suggestion.articlePublishedOn;
  if (articleDate === null)
    throw new BadUserInputError('id: the article has no date to date positions by.', 'id');
  for (const stance of stances) {
    if (stance.stance === 'NEUTRAL') continue;
    // A low-confidence stance stays a proposal the reviewer can see, not a position, unless set.
    if (edits.stances === undefined && stance.lowConfidence === true) continue;
    const confidence = stance.confidence ?? 0.9;
    // As of the day the words were said when it is known, else the article's week.
    const asOf =
      saidOn === null
        ? {
            date: articleDate,
            precision: 'WEEK',
            ...weekBefore(articleDate),
            inferred: true,
            note: 'The article’s week: the words carry no day.',
          }
        : {
            date: saidOn,
            precision: 'DAY',
            earliest: saidOn,
            latest: saidOn,
            inferred: saidOnRead,
            note: saidOnRead
              ? `The day the words were said: ${suggestion.saidOnNote ?? ''}`
              : 'The day the reviewer gave.',
          };
    // A second quote of the holder on the issue with the same stance that day joins the position.
    const position = await recordOrExtendPositionInTx(tx, viewer, {
      holderKey,
      issueKey: stance.issueKey,
      stance: stance.stance,
      asOf,
      // The attribution's confidence bounds the position only while the speaker is the
      // pipeline's: a speaker the reviewer gave is the reviewer's reading, not its guess.
      confidence: edits.speakerKey === undefined ? Math.min(confidence, suggestion.confidence) : confidence,
      evidenceKeys: [statement.key],
      origin: 'suggestion',
      inferred: true,
      note: `Read by ${suggestion.pipelineVersion} from the words of ${key}; ${edits.stances === undefined ? 'accepted as proposed' : 'stance set by the reviewer'}.`,
      reason: provenance,
    });
    positionKeys.push(position.key);
  }

  const writeStamp = stamp(viewer);
  await reviewSuggestion(tx, {
    key,
    status: 'ACCEPTED',
    actor: viewer.id,
    at: writeStamp.at,
    reason: provenance,
    statementId: statement.key,
    createdStakeholderId: createdStakeholderKey,
    positionIds: positionKeys,
  });
  const audit = await writeAudit(tx, writeStamp, {
    operation: 'acceptSuggestion',
    reason: provenance,
    changedIds: [
      statement.key,
      ...positionKeys,
      ...(createdStakeholderKey === null ? [] : [createdStakeholderKey]),
    ],
    before: { suggestion: key, status: 'PROPOSED' },
    after: {
      suggestion: key,
      status: 'ACCEPTED',
      statement: statement.key,
      positions: positionKeys,
      role: roleAdded ? { title: suggestion.roleTitle, organization: roleOrganization } : null,
      edits,
    },
  });
  return { suggestionKey: key, statementKey: statement.key, createdStakeholderKey, positionKeys, audit };
}

/** rejectSuggestion: marks it REJECTED with the reason, in one audited transaction. */
export function rejectSuggestionWrite(
  db: Database,
  viewer: Viewer,
  key: string,
  reason: string,
): Promise<AuditEntryRecord> {
  if (!/\S/.test(reason)) throw new BadUserInputError('reason: say why the suggestion is wrong.', 'reason');
  const writeStamp = stamp(viewer);
  return db.writeTransaction('rejectSuggestion', async (tx) => {
    const locked = await lockSuggestion(tx, key);
    if (locked === null) throw new NotFoundError('suggestion', key, 'id');
    if (locked.status !== 'PROPOSED') {
      throw new BadUserInputError(`id: suggestion ${key} was already ${locked.status.toLowerCase()}.`, 'id');
    }
    await reviewSuggestion(tx, {
      key,
      status: 'REJECTED',
      actor: viewer.id,
      at: writeStamp.at,
      reason,
      statementId: null,
      createdStakeholderId: null,
      positionIds: [],
    });
    return writeAudit(tx, writeStamp, {
      operation: 'rejectSuggestion',
      reason: `proposed by ${locked.pipelineVersion} (suggestion ${key}), rejected by ${viewer.name}: ${reason}`,
      changedIds: [locked.articleId],
      before: { suggestion: key, status: 'PROPOSED' },
      after: { suggestion: key, status: 'REJECTED' },
    });
  });
}

/** The most acceptAll takes in one call when asked for a batch (`first`). */
export const ACCEPT_ALL_MAX_FIRST = 500;

/**
 * acceptAll: accepts, as proposed, each PROPOSED suggestion of the article at or above
 * `minConfidence`, in text order, in one transaction: a reader sees all of them accepted or none.
 * One that cannot be accepted as is (no speaker, a span the write path refuses, reviewed meanwhile)
 * is skipped with the reason and stays PROPOSED: the transaction that met it rolls back and runs
 * again without it, so nothing it began to write survives. With `first`, only the first that many
 * in text order are taken, so a long article can be accepted in batches that each fit the
 * request's deadline; `remaining` counts those left for the next call.
 */
export async function acceptAllWrite(
  db: Database,
  viewer: Viewer,
  articleKey: string,
  minConfidence: number,
  reason: string | null,
  first: number | null = null,
): Promise<{ accepted: AcceptOutcome[]; skipped: { key: string; reason: string }[]; remaining: number }> {
  if (!(minConfidence >= 0 && minConfidence <= 1)) {
    throw new BadUserInputError('minConfidence: between 0 and 1.', 'minConfidence');
  }
  if (first !== null && !(Number.isInteger(first) && first >= 1 && first <= ACCEPT_ALL_MAX_FIRST)) {
    throw new BadUserInputError(`first: a whole number from 1 to ${ACCEPT_ALL_MAX_FIRST}.`, 'first');
  }
  const proposed = await findProposedSuggestionIds(db, articleKey, minConfidence);
  // Those with no speaker to accept are known before the transaction: skipped without a retry.
  const speakerless = new Set(
    (await findSuggestionsByIds(db, proposed))
      .filter((s) => s.speakerId === null && proposedNewSpeaker(s) === null)
      .map((s) => s.id),
  );
  const skipped = proposed.filter((key) => speakerless.has(key)).map((key) => ({ key, reason: NO_SPEAKER }));
  const acceptable = proposed.filter((key) => !speakerless.has(key));
  let keys = first === null ? acceptable : acceptable.slice(0, first);
  const remaining = acceptable.length - keys.length;
  for (;;) {
    let refused: { key: string; reason: string } | null = null;
    try {
      const accepted = await db.writeTransaction('acceptAll', async (tx) => {
        refused = null;
        const outcomes: AcceptOutcome[] = [];
        for (const key of keys) {
          try {
            outcomes.push(await acceptInTx(tx, viewer, key, {}, reason));
          } catch (error) {
            if (isRefusal(error)) refused = { key, reason: error.message };
            throw error;
          }
        }
        return outcomes;
      });
      return { accepted, skipped, remaining };
    } catch (error) {
      if (refused === null) throw error;
      const { key } = refused;
      skipped.push(refused);
      keys = keys.filter((k) => k !== key);
    }
  }
}

/** The write path's refusals of one suggestion, as opposed to a failure of the whole request. */
function isRefusal(error: unknown): error is BadUserInputError | NotFoundError | ConflictError {
  return (
    error instanceof BadUserInputError || error instanceof NotFoundError || error instanceof ConflictError
  );
}

/**
 * The one organization a person speaks for on `day`: where they hold a spokesperson's,
 * president's, negotiator's or other representative title (the pipeline's REPRESENTATIVE_TITLE)
 * then. None when they hold no such title, or hold one at two organizations.
 */
async function representedOrganization(
  tx: Writer,
  personKey: string,
  day: string | null,
): Promise<string | null> {
  const held = (await findRolesOfPersonInTx(tx, personKey)).filter(
    (r) => REPRESENTATIVE_TITLE.test(r.title) && heldOn(r, day),
  );
  const organizations = [...new Set(held.map((r) => r.organizationKey))];
  return organizations.length === 1 ? (organizations[0] ?? null) : null;
}
