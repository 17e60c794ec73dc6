import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { type Context } from '../context';
import { BadUserInputError, NotFoundError } from '../errors';
import { AddArticleInput, ArticlePayload, UpdateArticleMetadataInput } from '../schema/article.input';
import { Article } from '../schema/article.type';
import { AuditEntry } from '../schema/audit.type';
import { fromGlobalId } from '../schema/global-id';
import {
  RecordPositionInput,
  RecordPositionPayload,
  SupersedePositionInput,
  SupersedePositionPayload,
} from '../schema/position.input';
import { Position } from '../schema/position.type';
import {
  AddStatementInput,
  RetractStatementInput,
  StatementPayload,
  UpdateStatementInput,
} from '../schema/statement.input';
import { Statement } from '../schema/statement.type';
import { addArticleWrite, type PublishedOn, updateArticleMetadataWrite } from '../write/article.write';
import { recordPositionWrite, supersedePositionWrite } from '../write/position.write';
import { addStatementWrite, retractStatementWrite, updateStatementWrite } from '../write/statement.write';
import { type WriteResult } from '../write/stakeholder.write';
import { dated, statementKeys } from './inputs';
import { issueBySlug } from './issue.resolver';
import { viewerOf } from './stakeholder-mutation.resolver';

/**
 * The evidence side of the write path: articles, the statements in them, and the positions the
 * statements show. Each mutation is one audited transaction (src/write), then a fresh read.
 */
@Resolver()
export class EvidenceMutationResolver {
  @Authorized('editor')
  @Mutation(() => ArticlePayload, {
    description:
      'Adds an article: its full text (stored with its sha256), outlet (a NEWS_OUTLET organization) and date. Its id is outlet + date. Needs the editor role.',
  })
  async addArticle(
    @Arg('input', () => AddArticleInput, { description: 'The article and why you add it.' })
    input: AddArticleInput,
    @Ctx() ctx: Context,
  ): Promise<ArticlePayload> {
    const result = await addArticleWrite(ctx.db, viewerOf(ctx), {
      text: input.text,
      outletKey: fromGlobalId(input.outlet, 'input.outlet', ['Organization']).key,
      url: input.url ?? null,
      title: input.title ?? null,
      publishedOn: publishedOn(input.publishedOn),
      reason: input.reason,
    });
    return articlePayload(ctx, result);
  }

  @Authorized('editor')
  @Mutation(() => ArticlePayload, {
    description:
      'Changes an article’s title, url or publication date (never its text), if it is still at expectedVersion (else CONFLICT, nothing written). Needs the editor role.',
  })
  async updateArticleMetadata(
    @Arg('input', () => UpdateArticleMetadataInput, { description: 'What to change, and why.' })
    input: UpdateArticleMetadataInput,
    @Ctx() ctx: Context,
  ): Promise<ArticlePayload> {
    const result = await updateArticleMetadataWrite(
      ctx.db,
      viewerOf(ctx),
      fromGlobalId(input.id, 'input.id', ['Article']).key,
      {
        expectedVersion: input.expectedVersion,
        ...(input.title === undefined ? {} : { title: input.title }),
        ...(input.url === undefined ? {} : { url: input.url }),
        ...(input.publishedOn === undefined || input.publishedOn === null
          ? {}
          : { publishedOn: publishedOn(input.publishedOn) }),
      },
      input.reason,
    );
    return articlePayload(ctx, result);
  }

  @Authorized('editor')
  @Mutation(() => StatementPayload, {
    description:
      'Adds a statement: words that sit verbatim in a stored article, located by start/end or by exactText. Quotes and paraphrases need a speaker. Needs the editor role.',
  })
  async addStatement(
    @Arg('input', () => AddStatementInput, {
      description: 'The words, where they are, who said them, and why.',
    })
    input: AddStatementInput,
    @Ctx() ctx: Context,
  ): Promise<StatementPayload> {
    const where = spanOf(input);
    const issues = await Promise.all(input.issueSlugs.map((slug) => issueBySlug(ctx, slug, input.dispute)));
    const result = await addStatementWrite(ctx.db, viewerOf(ctx), {
      articleKey: fromGlobalId(input.articleId, 'input.articleId', ['Article']).key,
      where,
      speakerKey: optionalKey(input.speakerId, 'input.speakerId', ['Person', 'Organization']),
      onBehalfOfKey: optionalKey(input.onBehalfOfId, 'input.onBehalfOfId', ['Organization']),
      kind: input.kind,
      medium: input.medium,
      saidOn: input.saidOn ?? null,
      issueKeys: issues.map((issue) => issue.key),
      mentionKeys: input.mentionIds.map(
        (id) => fromGlobalId(id, 'input.mentionIds', ['Person', 'Organization']).key,
      ),
      reason: input.reason,
    });
    return statementPayload(ctx, result);
  }

  @Authorized('editor')
  @Mutation(() => StatementPayload, {
    description:
      'Corrects who said a statement, for whom, how, when or about what, at the version you read (CONFLICT otherwise). Never its words. Needs the editor role.',
  })
  async updateStatement(
    @Arg('input', () => UpdateStatementInput, { description: 'The corrections, and why.' })
    input: UpdateStatementInput,
    @Ctx() ctx: Context,
  ): Promise<StatementPayload> {
    const issueKeys =
      input.issueSlugs == null
        ? undefined
        : (await Promise.all(input.issueSlugs.map((slug) => issueBySlug(ctx, slug, input.dispute)))).map(
            (issue) => issue.key,
          );
    const edit = {
      expectedVersion: input.expectedVersion,
      ...(input.speakerId === undefined
        ? {}
        : { speakerKey: optionalKey(input.speakerId, 'input.speakerId', ['Person', 'Organization']) }),
      ...(input.onBehalfOfId === undefined
        ? {}
        : { onBehalfOfKey: optionalKey(input.onBehalfOfId, 'input.onBehalfOfId', ['Organization']) }),
      ...(input.kind == null ? {} : { kind: input.kind }),
      ...(input.medium == null ? {} : { medium: input.medium }),
      ...(input.saidOn === undefined ? {} : { saidOn: input.saidOn }),
      ...(input.note === undefined ? {} : { note: input.note }),
      ...(issueKeys === undefined ? {} : { issueKeys }),
      ...(input.mentionIds == null
        ? {}
        : {
            mentionKeys: input.mentionIds.map(
              (id) => fromGlobalId(id, 'input.mentionIds', ['Person', 'Organization']).key,
            ),
          }),
    };
    const key = fromGlobalId(input.id, 'input.id', ['Statement']).key;
    return statementPayload(ctx, await updateStatementWrite(ctx.db, viewerOf(ctx), key, edit, input.reason));
  }

  @Authorized('editor')
  @Mutation(() => StatementPayload, {
    description:
      'Retracts a statement: it stays (node(id) shows retractedAt) but leaves every list and every evidence list. Needs the editor role.',
  })
  async retractStatement(
    @Arg('input', () => RetractStatementInput, { description: 'The statement, its version, and why.' })
    input: RetractStatementInput,
    @Ctx() ctx: Context,
  ): Promise<StatementPayload> {
    const result = await retractStatementWrite(
      ctx.db,
      viewerOf(ctx),
      fromGlobalId(input.id, 'input.id', ['Statement']).key,
      input.expectedVersion,
      input.reason,
    );
    return statementPayload(ctx, result);
  }

  @Authorized('editor')
  @Mutation(() => RecordPositionPayload, {
    description:
      'Records a stakeholder’s stance on an issue as of a date, shown by statements about the issue said on or before it; issue { positions } then answers with it by the rule of docs/model.md. Needs the editor role.',
  })
  async recordPosition(
    @Arg('input', () => RecordPositionInput, { description: 'The stance, its evidence, and why.' })
    input: RecordPositionInput,
    @Ctx() ctx: Context,
  ): Promise<RecordPositionPayload> {
    const issue = await issueBySlug(ctx, input.issueSlug, input.dispute);
    const result = await recordPositionWrite(ctx.db, viewerOf(ctx), {
      holderKey: fromGlobalId(input.holderId, 'input.holderId', ['Person', 'Organization']).key,
      issueKey: issue.key,
      ...stanceOf(input),
    });
    const record = await ctx.loaders.position.load(result.key);
    if (record === null) throw new NotFoundError('position', result.key);
    return { position: Position.from(record), auditEntry: AuditEntry.from(result.audit) };
  }

  @Authorized('editor')
  @Mutation(() => SupersedePositionPayload, {
    description:
      'Corrects a position: the new stance and evidence replace it (same holder and issue); the old one stays for the record, marked superseded, and leaves every list and answer. Needs the editor role.',
  })
  async supersedePosition(
    @Arg('input', () => SupersedePositionInput, { description: 'The position, the correction, and why.' })
    input: SupersedePositionInput,
    @Ctx() ctx: Context,
  ): Promise<SupersedePositionPayload> {
    const old = fromGlobalId(input.id, 'input.id', ['Position']).key;
    const result = await supersedePositionWrite(ctx.db, viewerOf(ctx), {
      key: old,
      expectedVersion: input.expectedVersion ?? null,
      ...stanceOf(input),
    });
    ctx.loaders.position.clear(old);
    const [position, superseded] = await Promise.all([
      ctx.loaders.position.load(result.key),
      ctx.loaders.position.load(old),
    ]);
    if (position === null) throw new NotFoundError('position', result.key);
    if (superseded === null) throw new NotFoundError('position', old);
    return {
      position: Position.from(position),
      superseded: Position.from(superseded),
      auditEntry: AuditEntry.from(result.audit),
    };
  }
}

function publishedOn(input: {
  date: string;
  precision: string;
  inferred: boolean;
  note?: string | null;
}): PublishedOn {
  return { date: input.date, precision: input.precision, inferred: input.inferred, note: input.note ?? null };
}

function optionalKey(
  id: string | null | undefined,
  argument: string,
  types: readonly ('Person' | 'Organization')[],
): string | null {
  return id === undefined || id === null ? null : fromGlobalId(id, argument, types).key;
}

/** Offsets or exact words, exactly one of them. */
function spanOf(input: AddStatementInput): { start: number; end: number } | { exactText: string } {
  const hasOffsets =
    input.start !== undefined && input.start !== null && input.end !== undefined && input.end !== null;
  const hasText = input.exactText !== undefined && input.exactText !== null;
  if (hasOffsets === hasText) {
    throw new BadUserInputError(
      'input: give either start and end, or exactText (one of the two ways to place the words).',
      'input.exactText',
    );
  }
  return hasText ? { exactText: input.exactText ?? '' } : { start: input.start ?? 0, end: input.end ?? 0 };
}

async function articlePayload(ctx: Context, result: WriteResult): Promise<ArticlePayload> {
  ctx.loaders.article.clear(result.key);
  const record = await ctx.loaders.article.load(result.key);
  if (record === null) throw new NotFoundError('article', result.key);
  return { article: Article.from(record), auditEntry: AuditEntry.from(result.audit) };
}

async function statementPayload(ctx: Context, result: WriteResult): Promise<StatementPayload> {
  ctx.loaders.statement.clear(result.key);
  const record = await ctx.loaders.statement.load(result.key);
  if (record === null) throw new NotFoundError('statement', result.key);
  return { statement: Statement.from(record), auditEntry: AuditEntry.from(result.audit) };
}

/** The stance, its date and evidence: what recordPosition and supersedePosition share. */
function stanceOf(input: RecordPositionInput | SupersedePositionInput) {
  return {
    stance: input.stance,
    asOf: dated(input.asOf),
    confidence: input.confidence,
    evidenceKeys: statementKeys(input.evidenceIds),
    inferred: input.inferred,
    note: input.note ?? null,
    reason: input.reason,
  };
}
