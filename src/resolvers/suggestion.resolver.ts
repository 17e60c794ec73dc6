import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { type Context } from '../context';
import { BadUserInputError, NotFoundError } from '../errors';
import {
  findSuggestionsByIds,
  findSuggestionsPage,
  type SuggestionRecord,
} from '../repositories/suggestion.repository';
import { Article } from '../schema/article.type';
import { AuditEntry } from '../schema/audit.type';
import { Stance } from '../schema/enums';
import { Statement } from '../schema/statement.type';
import { fromGlobalId, toGlobalId } from '../schema/global-id';
import {
  AcceptAllPayload,
  AcceptSuggestionPayload,
  IngestArticleInput,
  IngestArticlePayload,
  REASON_MAX,
  REASON_PATTERN,
  RejectSuggestionPayload,
  ReproposeSuggestionsPayload,
  ReviewQueueArgs,
  SuggestionEdits,
} from '../schema/suggestion.input';
import { Suggestion, SuggestionConnection } from '../schema/suggestion.type';
import { ingestArticleWrite, reproposeSuggestionsWrite } from '../write/ingest.write';
import {
  ACCEPT_ALL_MAX_FIRST,
  acceptAllWrite,
  acceptSuggestionWrite,
  rejectSuggestionWrite,
  storedStances,
} from '../write/suggestion.write';
import { disputeScope } from './dispute.resolver';
import { issueBySlug } from './issue.resolver';
import { checkPageSize, decodeCursor, toPage } from './pagination';
import { viewerOf } from './stakeholder-mutation.resolver';

/** A stored suggestion as the API shows it (also what node(id:) returns for a Suggestion id). */
export function toSuggestion(record: SuggestionRecord): Suggestion {
  return Suggestion.from(
    record,
    storedStances(record).map((s) => ({
      issueSlug: s.slug,
      stance: s.stance as Stance,
      confidence: s.confidence,
      lowConfidence: s.lowConfidence,
      cues: s.cues,
      learned: s.learned === true,
    })),
  );
}

async function reloadSuggestion(ctx: Context, key: string): Promise<Suggestion> {
  const [record] = await findSuggestionsByIds(ctx.db, [key]);
  if (record === undefined) throw new NotFoundError('suggestion', key);
  return toSuggestion(record);
}

/** Stored suggestions by id, in text order (start, then id). */
async function suggestionsInTextOrder(ctx: Context, keys: readonly string[]): Promise<Suggestion[]> {
  if (keys.length === 0) return [];
  const rows = await findSuggestionsByIds(ctx.db, keys);
  return rows.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id)).map(toSuggestion);
}

/**
 * Ingestion and review (issue 11): ingestArticle proposes (reproposeSuggestions again, after an
 * editor changed cues or people); reviewQueue lists; acceptSuggestion,
 * rejectSuggestion and acceptAll decide, writing through src/write like every other mutation.
 */
@Resolver(() => Suggestion)
export class SuggestionResolver {
  @FieldResolver(() => Statement, {
    nullable: true,
    description:
      'The statement accepting it wrote, as it stands now: with the speaker, principal and day the reviewer gave, where speaker above is what the pipeline proposed. Null until accepted.',
  })
  async statement(@Root() suggestion: Suggestion, @Ctx() ctx: Context): Promise<Statement | null> {
    if (suggestion.statementId === null) return null;
    const { key } = fromGlobalId(suggestion.statementId, 'statementId', ['Statement']);
    const record = await ctx.loaders.statement.load(key);
    return record === null ? null : Statement.from(record);
  }

  @Authorized('editor')
  @Mutation(() => IngestArticlePayload, {
    description:
      'Runs the ingestion pipeline on an article: quotes, speakers, stances. Unless dryRun, stores the article (reusing it when the same text was ingested before) and one PROPOSED suggestion per proposed statement, never twice. Needs the editor role.',
  })
  async ingestArticle(
    @Arg('input', () => IngestArticleInput, { description: 'The article.' }) input: IngestArticleInput,
    @Arg('dryRun', () => Boolean, { defaultValue: false, description: 'True: propose, write nothing.' })
    dryRun: boolean,
    @Ctx() ctx: Context,
  ): Promise<IngestArticlePayload> {
    // A dispute that does not exist would propose no stance at all: NOT_FOUND instead.
    await disputeScope(ctx, input.dispute);
    const outcome = await ingestArticleWrite(
      ctx.db,
      viewerOf(ctx),
      {
        text: input.text,
        url: input.url ?? null,
        outlet: input.outlet,
        title: input.title ?? null,
        publishedOn: input.publishedOn,
        dispute: input.dispute ?? null,
        reason: input.reason,
      },
      dryRun,
    );
    let article: Article | null = null;
    if (outcome.articleKey !== null) {
      ctx.loaders.article.clear(outcome.articleKey);
      const record = await ctx.loaders.article.load(outcome.articleKey);
      if (record !== null) article = Article.from(record);
    }
    let suggestions: Suggestion[];
    if (dryRun || outcome.articleKey === null) {
      const now = new Date().toISOString();
      suggestions = outcome.rows.map((row) =>
        toSuggestion({
          ...row,
          articleId: outcome.articleKey ?? 'dry-run',
          articlePublishedOn: input.publishedOn,
          status: 'PROPOSED',
          createdBy: viewerOf(ctx).id,
          createdAt: now,
          positionIds: [],
        }),
      );
    } else {
      suggestions = await suggestionsInTextOrder(
        ctx,
        outcome.rows.map((row) => row.id),
      );
    }
    return {
      dryRun,
      article,
      suggestions,
      created: outcome.created,
      existing: outcome.existing,
      alreadyRecorded: outcome.recorded.map((r) => ({
        statementId: toGlobalId('Statement', r.statement),
        start: r.start,
        end: r.end,
        text: r.text,
      })),
      auditEntryId: outcome.auditId,
    };
  }

  @Query(() => SuggestionConnection, {
    description: 'The suggestions of an article to review, in text order, by status and minimum confidence.',
  })
  async reviewQueue(
    @Args(() => ReviewQueueArgs)
    { articleId, status, minConfidence, withStances, first, after }: ReviewQueueArgs,
    @Ctx() ctx: Context,
  ) {
    checkPageSize(first);
    const { key } = fromGlobalId(articleId, 'articleId', ['Article']);
    if ((await ctx.loaders.article.load(key)) === null)
      throw new NotFoundError('article', articleId, 'articleId');
    const rows = await findSuggestionsPage(
      ctx.db,
      { articleId: key, status: status ?? null, minConfidence, withStances: withStances ?? null },
      { after: decodeCursor(after), limit: first + 1 },
    );
    return toPage(
      rows,
      first,
      (row) => row.sortKey,
      (row) => row.id,
      (row) => toSuggestion(row),
    );
  }

  @Authorized('editor')
  @Mutation(() => ReproposeSuggestionsPayload, {
    description:
      'Runs the pipeline again on a stored article with what the graph knows now (issue cues you changed with updateIssue, people or aliases added since) and replaces the proposal of each suggestion still PROPOSED that it proposes otherwise; new spans become new suggestions. Accepted and rejected suggestions are not touched. Audited with every replaced proposal. Needs the editor role.',
  })
  async reproposeSuggestions(
    @Arg('articleId', () => ID, { description: 'Global id of the Article.' }) articleId: string,
    @Arg('dispute', () => String, {
      nullable: true,
      description: 'Only propose this dispute’s issues (default: every issue with cues).',
    })
    dispute: string | null | undefined,
    @Arg('reason', () => String, {
      defaultValue: 'the issues’ cues or the people changed',
      description: 'Why, for the audit log.',
    })
    reason: string,
    @Ctx() ctx: Context,
  ): Promise<ReproposeSuggestionsPayload> {
    if (!REASON_PATTERN.test(reason) || reason.length > REASON_MAX)
      throw new BadUserInputError(`reason: give one, of at most ${REASON_MAX} characters.`, 'reason');
    const { key } = fromGlobalId(articleId, 'articleId', ['Article']);
    await disputeScope(ctx, dispute);
    const outcome = await reproposeSuggestionsWrite(ctx.db, viewerOf(ctx), {
      articleKey: key,
      dispute: dispute ?? null,
      reason,
    });
    ctx.loaders.article.clear(key);
    const article = await ctx.loaders.article.load(key);
    if (article === null) throw new NotFoundError('article', articleId, 'articleId');
    return {
      article: Article.from(article),
      suggestions: await suggestionsInTextOrder(ctx, outcome.proposedIds),
      updated: outcome.updated,
      created: outcome.created,
      noLongerProposed: await suggestionsInTextOrder(ctx, outcome.unmatchedIds),
      auditEntryId: outcome.auditId,
    };
  }

  @Authorized('editor')
  @Mutation(() => AcceptSuggestionPayload, {
    description:
      'Accepts a suggestion, with edits if given: creates a proposed new speaker, adds the statement and records its positions through the write path (a stance the same holder already has from an accepted suggestion of the same day gets the statement as more evidence instead); the audit trail reads "proposed by ingest vN, accepted by <you>". Needs the editor role.',
  })
  async acceptSuggestion(
    @Arg('id', () => ID, { description: 'The suggestion’s global id.' }) id: string,
    @Arg('edits', () => SuggestionEdits, { nullable: true, description: 'What to change first.' })
    edits: SuggestionEdits | null | undefined,
    @Arg('reason', () => String, { nullable: true, description: 'A note for the audit log.' })
    reason: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<AcceptSuggestionPayload> {
    const { key } = fromGlobalId(id, 'id', ['Suggestion']);
    const writeEdits: Parameters<typeof acceptSuggestionWrite>[3] = {};
    if (edits?.speakerId != null) {
      writeEdits.speakerKey = fromGlobalId(edits.speakerId, 'edits.speakerId', [
        'Person',
        'Organization',
      ]).key;
    }
    if (edits?.onBehalfOfId != null) {
      writeEdits.onBehalfOfKey = fromGlobalId(edits.onBehalfOfId, 'edits.onBehalfOfId', ['Organization']).key;
    } else if (edits?.clearOnBehalfOf === true) writeEdits.onBehalfOfKey = null;
    if (edits?.roleOrganizationId != null) {
      writeEdits.roleOrganizationKey = fromGlobalId(edits.roleOrganizationId, 'edits.roleOrganizationId', [
        'Organization',
      ]).key;
    }
    if (edits?.kind != null) writeEdits.kind = edits.kind;
    if (edits?.organizationKind != null) writeEdits.organizationKind = edits.organizationKind;
    if (edits?.saidOn != null) writeEdits.saidOn = edits.saidOn;
    else if (edits?.clearSaidOn === true) writeEdits.saidOn = null;
    if (edits?.stances != null) {
      writeEdits.stances = await Promise.all(
        edits.stances.map(async (s) => ({
          issueKey: (await issueBySlug(ctx, s.issueSlug, edits.dispute ?? null)).key,
          stance: s.stance,
        })),
      );
    }
    // An omitted nullable argument arrives as undefined, not null.
    const note = reason ?? null;
    if (note !== null && note.length > 2000) {
      throw new BadUserInputError('reason: at most 2000 characters.', 'reason');
    }
    const outcome = await acceptSuggestionWrite(ctx.db, viewerOf(ctx), key, writeEdits, note);
    return { suggestion: await reloadSuggestion(ctx, key), auditEntry: AuditEntry.from(outcome.audit) };
  }

  @Authorized('editor')
  @Mutation(() => RejectSuggestionPayload, {
    description:
      'Rejects a suggestion (a scare quote, a wrong span …) with the reason; nothing else is written. Needs the editor role.',
  })
  async rejectSuggestion(
    @Arg('id', () => ID, { description: 'The suggestion’s global id.' }) id: string,
    @Arg('reason', () => String, { description: 'Why it is wrong, for the audit log.' }) reason: string,
    @Ctx() ctx: Context,
  ): Promise<RejectSuggestionPayload> {
    if (reason.length > 2000) throw new BadUserInputError('reason: at most 2000 characters.', 'reason');
    const { key } = fromGlobalId(id, 'id', ['Suggestion']);
    const audit = await rejectSuggestionWrite(ctx.db, viewerOf(ctx), key, reason);
    return { suggestion: await reloadSuggestion(ctx, key), auditEntry: AuditEntry.from(audit) };
  }

  @Authorized('editor')
  @Mutation(() => AcceptAllPayload, {
    description:
      'Accepts, as proposed, every PROPOSED suggestion of an article at or above minConfidence (or the first of them, in text order), all in one transaction; those that cannot be (no speaker) stay PROPOSED and are listed as skipped. Needs the editor role.',
  })
  async acceptAll(
    @Arg('articleId', () => ID, { description: 'Global id of the Article.' }) articleId: string,
    @Arg('minConfidence', () => Float, {
      defaultValue: 0.75,
      description: 'Only suggestions at or above this (0–1).',
    })
    minConfidence: number,
    @Arg('reason', () => String, { nullable: true, description: 'A note for the audit log.' })
    reason: string | null | undefined,
    @Arg('first', () => Int, {
      nullable: true,
      description: `Only the first this many (1–${ACCEPT_ALL_MAX_FIRST}), in text order, each call all or nothing: for a long article whose suggestions do not fit in one request's time. Omitted: all of them.`,
    })
    first: number | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<AcceptAllPayload> {
    const { key } = fromGlobalId(articleId, 'articleId', ['Article']);
    if ((await ctx.loaders.article.load(key)) === null)
      throw new NotFoundError('article', articleId, 'articleId');
    const outcome = await acceptAllWrite(
      ctx.db,
      viewerOf(ctx),
      key,
      minConfidence,
      reason ?? null,
      first ?? null,
    );
    return {
      accepted: await suggestionsInTextOrder(
        ctx,
        outcome.accepted.map((a) => a.suggestionKey),
      ),
      skipped: outcome.skipped.map((s) => ({
        id: toGlobalId('Suggestion', s.key),
        key: s.key,
        reason: s.reason,
      })),
      remaining: outcome.remaining,
    };
  }
}
