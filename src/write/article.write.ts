/**
 * The write path for articles: addArticle stores the text (its sha256 beside it, so a later change
 * of the text would show) and links the outlet; updateArticleMetadata changes everything but the
 * text, which statement offsets index into. Each function is one transaction with its audit entry.
 */
import { createHash } from 'node:crypto';
import { type Viewer } from '../auth/viewer';
import { type Database, type Writer } from '../db';
import { BadUserInputError, NotFoundError } from '../errors';
import {
  createArticle,
  type LockedArticle,
  lockArticle,
  updateArticleMetadata,
} from '../repositories/article.repository';
import { lockStakeholder } from '../repositories/stakeholder.repository';
import { stamp, writeAudit } from './audit';
import { checkVersion } from './version';
import { slugify, slugSuffix } from './slug';
import { type WriteResult } from './stakeholder.write';

/** A publication date as the seed records it: the best estimate, how precise, whether inferred. */
export interface PublishedOn {
  date: string;
  precision: string;
  inferred: boolean;
  note: string | null;
}

export interface NewArticle {
  text: string;
  outletKey: string;
  url: string | null;
  title: string | null;
  publishedOn: PublishedOn;
  reason: string;
}

/** The editable metadata of an article, as the diff shows it. */
export function articleMetadata(
  article: Pick<
    LockedArticle,
    | 'headline'
    | 'url'
    | 'publishedOn'
    | 'publishedPrecision'
    | 'publishedInferred'
    | 'publishedNote'
    | 'version'
  >,
) {
  return {
    headline: article.headline,
    url: article.url,
    publishedOn: article.publishedOn,
    publishedPrecision: article.publishedPrecision,
    publishedInferred: article.publishedInferred,
    publishedNote: article.publishedNote,
    version: article.version,
  };
}

/** addArticle: the outlet must be an organization of kind NEWS_OUTLET; the id is outlet + date. */
export function addArticleWrite(db: Database, viewer: Viewer, input: NewArticle): Promise<WriteResult> {
  return db.writeTransaction('addArticle', (tx) => addArticleInTx(tx, viewer, input));
}

/** addArticleWrite's work inside the caller's transaction (ingestArticle), with its own audit entry. */
export async function addArticleInTx(tx: Writer, viewer: Viewer, input: NewArticle): Promise<WriteResult> {
  const writeStamp = stamp(viewer);
  const sha256 = createHash('sha256').update(input.text, 'utf8').digest('hex');
  const slug = slugify(`${input.outletKey} ${input.publishedOn.date}`, 'article');
  const suffix = slugSuffix();
  const outlet = await lockStakeholder(tx, input.outletKey);
  if (outlet === null) throw new NotFoundError('organization', input.outletKey, 'input.outlet');
  if (outlet.label !== 'Organization' || outlet.kind !== 'NEWS_OUTLET') {
    throw new BadUserInputError(
      `input.outlet: ${outlet.name} is ${outlet.label === 'Person' ? 'a person' : `an organization of kind ${outlet.kind ?? 'none'}`}, not a NEWS_OUTLET. Give the outlet that published the article (createOrganization with kind NEWS_OUTLET first if it is new).`,
      'input.outlet',
    );
  }
  const key = await createArticle(tx, {
    slug,
    suffix,
    text: input.text,
    sha256,
    outlet: input.outletKey,
    url: input.url,
    headline: input.title,
    publishedOn: input.publishedOn.date,
    publishedPrecision: input.publishedOn.precision,
    publishedInferred: input.publishedOn.inferred,
    publishedNote: input.publishedOn.note,
    actor: viewer.id,
    at: writeStamp.at,
  });
  const audit = await writeAudit(tx, writeStamp, {
    operation: 'addArticle',
    reason: input.reason,
    changedIds: [key],
    before: null,
    after: {
      outlet: input.outletKey,
      sha256,
      length: input.text.length,
      ...articleMetadata({
        headline: input.title,
        url: input.url,
        publishedOn: input.publishedOn.date,
        publishedPrecision: input.publishedOn.precision,
        publishedInferred: input.publishedOn.inferred,
        publishedNote: input.publishedOn.note,
        version: 1,
      }),
    },
  });
  return { key, audit };
}

export interface ArticleMetadataEdit {
  expectedVersion: number;
  title?: string | null;
  url?: string | null;
  publishedOn?: PublishedOn;
}

/** updateArticleMetadata: lock, check the version, write the next version and the audit entry. */
export function updateArticleMetadataWrite(
  db: Database,
  viewer: Viewer,
  key: string,
  edit: ArticleMetadataEdit,
  reason: string,
): Promise<WriteResult> {
  const writeStamp = stamp(viewer);
  if (edit.title === undefined && edit.url === undefined && edit.publishedOn === undefined) {
    throw new BadUserInputError('Nothing to change: give a title, a url, a publishedOn or several.', 'input');
  }
  return db.writeTransaction('updateArticleMetadata', async (tx) => {
    const current = await lockArticle(tx, key);
    if (current === null) throw new NotFoundError('article', key, 'input.id');
    checkVersion('article', current.version, edit.expectedVersion);
    const next = {
      headline: edit.title === undefined ? current.headline : edit.title,
      url: edit.url === undefined ? current.url : edit.url,
      publishedOn: edit.publishedOn?.date ?? current.publishedOn ?? '',
      publishedPrecision: edit.publishedOn?.precision ?? current.publishedPrecision ?? 'DAY',
      publishedInferred: edit.publishedOn?.inferred ?? current.publishedInferred,
      publishedNote: edit.publishedOn === undefined ? current.publishedNote : edit.publishedOn.note,
      version: current.version + 1,
    };
    await updateArticleMetadata(tx, { key, ...next, actor: viewer.id, at: writeStamp.at });
    const audit = await writeAudit(tx, writeStamp, {
      operation: 'updateArticleMetadata',
      reason,
      changedIds: [key],
      before: articleMetadata(current),
      after: articleMetadata(next),
    });
    return { key, audit };
  });
}
