/**
 * ingestArticle: runs the ingestion pipeline (src/ingest, pure) on an article's text against what
 * the graph knows, then stores the article (addArticle, reused when the same text was ingested
 * before: same SHA-256, same article) and one PROPOSED :Suggestion per proposed statement, for an
 * editor to accept, fix or reject. A dry run reads the graph and writes nothing.
 */
import { createHash } from 'node:crypto';
import { type Viewer } from '../auth/viewer';
import { type Database, type Writer } from '../db';
import { BadUserInputError, NotFoundError } from '../errors';
import { decodeCue } from '../ingest/cues';
import { MAX_EXAMPLES, prepareLearned } from '../ingest/learned';
import { runPipeline } from '../ingest/pipeline';
import { type Knowledge, type PipelineResult, type ProposedStatement } from '../ingest/types';
import { PIPELINE_VERSION } from '../ingest/version';
import { lockArticle } from '../repositories/article.repository';
import { findStatementsByArticles } from '../repositories/statement.repository';
import {
  claimArticleText,
  claimOutletName,
  createSuggestions,
  findArticleBySha256,
  findIngestExamples,
  findIngestIssues,
  findIngestRoles,
  findIngestStakeholders,
  findUnproposedSuggestionIds,
  type NewSuggestionRow,
  type RecordedSpan,
  updateProposedSuggestions,
} from '../repositories/suggestion.repository';
import { addArticleInTx } from './article.write';
import { stamp, writeAudit } from './audit';
import { createStakeholderInTx } from './stakeholder.write';

export interface IngestInput {
  text: string;
  url: string | null;
  /** The outlet's id, name or alias; an unknown outlet is created as a NEWS_OUTLET. */
  outlet: string;
  title: string | null;
  /** YYYY-MM-DD. */
  publishedOn: string;
  /** Only this dispute's issues are proposed; null = every issue with cues. */
  dispute: string | null;
  reason: string;
}

/**
 * Whether a live statement records a proposal's words: the same span, or a statement of the same
 * class (paraphrase, or quote; never a REPORT) sharing more than half of the longer of the two spans
 * (mostly the same words: a fragment curated out of a longer quote leaves the rest to propose).
 * cypher/suggestion/create-suggestions.cypher applies the same rule when it stores suggestions.
 */
export function recordedBy(
  row: { start: number; end: number; kind: string },
  statement: { start: number; end: number; kind: string },
): boolean {
  if (statement.start === row.start && statement.end === row.end) return true;
  if ((statement.kind === 'PARAPHRASE') !== (row.kind === 'PARAPHRASE') || statement.kind === 'REPORT')
    return false;
  const shared = Math.min(statement.end, row.end) - Math.max(statement.start, row.start);
  return 2 * shared > Math.max(statement.end - statement.start, row.end - row.start);
}

export interface IngestOutcome {
  /** The stored article (null in a dry run when the text is new). */
  articleKey: string | null;
  result: PipelineResult;
  /** The suggestions as stored (or as they would be, in a dry run). */
  rows: NewSuggestionRow[];
  created: number;
  existing: number;
  /** Proposals not stored (or, in a dry run, that would not be): their span is a statement already. */
  recorded: RecordedSpan[];
  auditId: string | null;
}

/**
 * What the pipeline links against, read from the graph: stakeholders, roles, issues with cues, and
 * the reviewed statements it learns issues from. Their model (learned.ts) is trained here, a model
 * at a time with other requests served between, unless one for the same content is cached: the
 * pipeline, which is synchronous, then finds it ready.
 */
export async function loadKnowledge(db: Database, dispute: string | null): Promise<Knowledge> {
  const [stakeholders, roles, issues, examples] = await Promise.all([
    findIngestStakeholders(db),
    findIngestRoles(db),
    findIngestIssues(db, dispute),
    findIngestExamples(db, dispute, MAX_EXAMPLES),
  ]);
  const knowledge: Knowledge = {
    stakeholders,
    roles,
    examples,
    issues: issues
      .filter((issue) => issue.cues.length > 0)
      .map((issue) => ({
        key: issue.key,
        slug: issue.slug,
        name: issue.name,
        cues: issue.cues.map(decodeCue),
      })),
  };
  await prepareLearned(
    examples,
    knowledge.issues.map((issue) => issue.slug),
  );
  return knowledge;
}

/** The id of a suggestion: the article and the span, so the same text ingested twice matches. */
export function suggestionId(
  articleKey: string,
  statement: Pick<ProposedStatement, 'kind' | 'start' | 'end'>,
): string {
  const kind = statement.kind === 'PARAPHRASE' ? 'p' : 'q';
  return `${articleKey}:${kind}${statement.start}-${statement.end}`;
}

export function suggestionRows(
  articleKey: string,
  result: PipelineResult,
  knowledge: Knowledge,
): NewSuggestionRow[] {
  const keyOf = new Map(knowledge.issues.map((issue) => [issue.slug, issue.key ?? issue.slug]));
  return result.statements.map((s) => ({
    id: suggestionId(articleKey, s),
    kind: s.kind,
    text: s.text,
    start: s.start,
    end: s.end,
    paragraph: s.paragraph,
    medium: s.medium,
    rule: s.rule,
    confidence: s.confidence,
    lowConfidence: s.speaker === null || s.confidence < 0.5,
    pipelineVersion: result.version,
    speakerId: s.speaker?.id ?? null,
    speakerName: s.speaker?.name ?? null,
    speakerIsNew: s.speaker?.isNew ?? false,
    speakerType: s.speaker?.type ?? null,
    speakerLink: s.speaker?.link ?? null,
    roleTitle: s.speaker?.role?.title ?? null,
    roleOrganizationId: s.speaker?.role?.organizationId ?? null,
    roleOrganizationName: s.speaker?.role?.organizationName ?? null,
    onBehalfOfId: s.onBehalfOf?.id ?? null,
    onBehalfOfName: s.onBehalfOf?.name ?? null,
    saidOn: s.saidOn?.date ?? null,
    saidOnNote: s.saidOn?.note ?? null,
    issues: JSON.stringify(
      s.issues.map((i) => ({
        issueKey: keyOf.get(i.slug) ?? i.slug,
        slug: i.slug,
        stance: i.stance,
        confidence: i.confidence,
        lowConfidence: i.lowConfidence,
        cues: i.cues,
        learned: i.learned === true,
      })),
    ),
  }));
}

function sha256Of(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Checks the input before anything is read or written. */
function check(input: IngestInput): void {
  if (!/\S/.test(input.text))
    throw new BadUserInputError('input.text: the article text is empty.', 'input.text');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.publishedOn) || Number.isNaN(Date.parse(input.publishedOn))) {
    throw new BadUserInputError(
      `input.publishedOn: "${input.publishedOn}" is not a date (YYYY-MM-DD).`,
      'input.publishedOn',
    );
  }
  if (!/\S/.test(input.outlet)) {
    throw new BadUserInputError('input.outlet: name the outlet that published the article.', 'input.outlet');
  }
}

/**
 * Runs the pipeline and, unless `dryRun`, stores the article and its suggestions. Writing is the
 * service's write path, in one transaction: the text's claim (a lock), addArticle when no article
 * has this text (and createOrganization for an unknown outlet, under the outlet name's claim), then
 * the suggestions not stored yet, each part with its audit entry.
 */
export async function ingestArticleWrite(
  db: Database,
  viewer: Viewer,
  input: IngestInput,
  dryRun: boolean,
): Promise<IngestOutcome> {
  check(input);
  const knowledge = await loadKnowledge(db, input.dispute);
  const result = runPipeline(input.text, knowledge, { publishedOn: input.publishedOn });
  const sha256 = sha256Of(input.text);
  if (dryRun) {
    const articleKey = await findArticleBySha256(db, sha256);
    const all = suggestionRows(articleKey ?? 'dry-run', result, knowledge);
    const live = articleKey === null ? [] : await findStatementsByArticles(db, [articleKey]);
    const recorded: RecordedSpan[] = [];
    const rows = all.filter((row) => {
      const twin = live.find((s) => recordedBy(row, s));
      if (twin !== undefined) {
        recorded.push({
          suggestion: row.id,
          statement: twin.key,
          start: row.start,
          end: row.end,
          text: row.text,
        });
      }
      return twin === undefined;
    });
    return { articleKey, result, rows, created: 0, existing: 0, recorded, auditId: null };
  }
  const reason = `${input.reason} (proposed by ${PIPELINE_VERSION})`;
  // One transaction from the lookup to the last suggestion: the text's claim is locked first, so a
  // concurrent ingest of the same text waits here and then finds this article instead of adding a
  // second one (and, the suggestion ids being the article and the span, adds no suggestion).
  return db.writeTransaction('ingestArticle', async (tx) => {
    const claimedAt = new Date().toISOString();
    let key = await claimArticleText(tx, { sha256, at: claimedAt });
    if (key === null) {
      const outletKey = await outletFor(tx, viewer, input.outlet, knowledge, reason, claimedAt);
      const article = await addArticleInTx(tx, viewer, {
        text: input.text,
        outletKey,
        url: input.url,
        title: input.title,
        publishedOn: { date: input.publishedOn, precision: 'DAY', inferred: false, note: null },
        reason,
      });
      key = article.key;
    }
    if ((await lockArticle(tx, key)) === null) throw new NotFoundError('article', key, 'input');
    const rows = suggestionRows(key, result, knowledge);
    // Stamped after the article and outlet it may have created (each with its own entry), so a
    // newest-first history lists the ingest above them, as an acceptance is listed above its parts.
    const writeStamp = stamp(viewer);
    const { created, recorded } = await createSuggestions(tx, {
      articleId: key,
      rows,
      actor: viewer.id,
      at: writeStamp.at,
    });
    const audit = await writeAudit(tx, writeStamp, {
      operation: 'ingestArticle',
      reason,
      changedIds: [key],
      before: null,
      after: {
        pipelineVersion: PIPELINE_VERSION,
        suggestionsAdded: created,
        suggestionsKept: rows.length - created - recorded.length,
        alreadyRecorded: recorded,
      },
    });
    return {
      articleKey: key,
      result,
      rows: rows.filter((row) => !recorded.some((r) => r.suggestion === row.id)),
      created,
      existing: rows.length - created - recorded.length,
      recorded,
      auditId: audit.id,
    };
  });
}

export interface ReproposeOutcome {
  articleKey: string;
  /** Every suggestion id the new run proposes, in text order. */
  proposedIds: string[];
  /** PROPOSED suggestions whose proposal changed. */
  updated: number;
  /** Spans proposed for the first time. */
  created: number;
  /** PROPOSED suggestions of spans the new run no longer proposes; left for the editor to reject. */
  unmatchedIds: string[];
  auditId: string;
}

/**
 * reproposeSuggestions: runs the pipeline again on a stored article with what the graph knows now
 * (an issue's cues an editor changed, a person or alias added since the ingest) and replaces the
 * proposal of every suggestion still PROPOSED whose proposal changed; spans it finds for the first
 * time become new suggestions. Accepted and rejected suggestions are left as they were, and so is a
 * PROPOSED one the new run no longer proposes (listed, for the editor to reject). One audited
 * transaction, under the article's lock, recording each replaced proposal.
 */
export async function reproposeSuggestionsWrite(
  db: Database,
  viewer: Viewer,
  input: { articleKey: string; dispute: string | null; reason: string },
): Promise<ReproposeOutcome> {
  const knowledge = await loadKnowledge(db, input.dispute);
  const reason = `${input.reason} (proposed again by ${PIPELINE_VERSION})`;
  return db.writeTransaction('reproposeSuggestions', async (tx) => {
    const article = await lockArticle(tx, input.articleKey);
    if (article === null) throw new NotFoundError('article', input.articleKey, 'articleId');
    const result = runPipeline(article.text, knowledge, { publishedOn: article.publishedOn });
    const rows = suggestionRows(article.key, result, knowledge);
    const writeStamp = stamp(viewer);
    const params = { articleId: article.key, rows, actor: viewer.id, at: writeStamp.at };
    const replaced = await updateProposedSuggestions(tx, params);
    const { created, recorded } = await createSuggestions(tx, params);
    const proposedIds = rows.map((row) => row.id);
    const unmatchedIds = await findUnproposedSuggestionIds(tx, article.key, proposedIds);
    const audit = await writeAudit(tx, writeStamp, {
      operation: 'reproposeSuggestions',
      reason,
      changedIds: [article.key],
      before: { replaced: replaced.map((r) => ({ suggestion: r.id, ...r.before })) },
      after: {
        pipelineVersion: PIPELINE_VERSION,
        suggestionsReplaced: replaced.map((r) => r.id),
        suggestionsAdded: created,
        suggestionsNoLongerProposed: unmatchedIds,
        alreadyRecorded: recorded,
      },
    });
    return {
      articleKey: article.key,
      proposedIds,
      updated: replaced.length,
      created,
      unmatchedIds,
      auditId: audit.id,
    };
  });
}

/**
 * The outlet's id: a known organization by id, name or alias (any case), else a new NEWS_OUTLET.
 * `knowledge` was read before the transaction, so it answers for outlets known then; an outlet it
 * does not know is claimed by name first (an :OutletClaim, locked until this transaction commits)
 * and looked up again under that lock, so concurrent ingests of different texts naming the same new
 * outlet create it once: the later ones wait on the claim and then find the first one's.
 */
async function outletFor(
  tx: Writer,
  viewer: Viewer,
  outlet: string,
  knowledge: Knowledge,
  reason: string,
  at: string,
): Promise<string> {
  const given = outlet.trim();
  const wanted = given.toLowerCase();
  const known = knowledge.stakeholders.find(
    (s) =>
      s.type === 'ORGANIZATION' &&
      (s.id === given ||
        s.name.toLowerCase() === wanted ||
        s.aliases.some((a) => a.toLowerCase() === wanted)),
  );
  if (known !== undefined) return known.id;
  const claimed = await claimOutletName(tx, { name: wanted, outlet: given, at });
  if (claimed !== null) return claimed;
  const created = await createStakeholderInTx(tx, viewer, {
    label: 'Organization',
    name: given,
    aliases: [],
    kind: 'NEWS_OUTLET',
    description: 'News outlet, added when one of its articles was ingested.',
    reason,
  });
  return created.key;
}
