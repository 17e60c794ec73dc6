/**
 * The writing half of `npm run ingest` (without --dry-run): connects to the graph the service uses
 * (NEO4J_URI, or the local Neo4j) and ingests through src/write/ingest.write.ts, the function the
 * ingestArticle mutation calls. The actor is the holder of the API token given (it must be an
 * editor or admin), else the system actor "ingest vN". With `again`, an article stored before has
 * its still-PROPOSED suggestions proposed again with the current cues and people
 * (reproposeSuggestions).
 */
import { authenticate, type Viewer } from '../src/auth/viewer';
import { roleAtLeast } from '../src/auth/roles';
import { readConfig } from '../src/config';
import { connect } from '../src/db';
import { PIPELINE_VERSION } from '../src/ingest/version';
import { createToolLogger } from '../src/logger';
import { ingestArticleWrite, reproposeSuggestionsWrite } from '../src/write/ingest.write';

export async function connectForIngest(token: string | undefined) {
  const logger = createToolLogger('ingest');
  const { db, local } = await connect(readConfig(), logger);
  let viewer: Viewer = {
    id: `system:${PIPELINE_VERSION.replace(' ', '-')}`,
    name: PIPELINE_VERSION,
    role: 'editor',
    via: 'system',
  };
  try {
    await db.applySchema();
    if (token !== undefined) {
      const auth = await authenticate(db, `Bearer ${token}`, {});
      if (auth.viewer === null) throw new Error(auth.failure?.message ?? 'the token was refused');
      if (!roleAtLeast(auth.viewer.role, 'editor'))
        throw new Error(`${auth.viewer.name} is a ${auth.viewer.role}; ingesting needs an editor`);
      viewer = auth.viewer;
    }
  } catch (error) {
    await db.close();
    await local?.stop();
    throw error;
  }
  return {
    actor: `${viewer.name} (${viewer.id})`,
    async ingest(
      text: string,
      meta: { outlet?: string; url?: string; title?: string; publishedOn?: string },
      again = false,
    ) {
      if (meta.outlet === undefined || meta.publishedOn === undefined) {
        throw new Error('to write, the front matter needs outlet and publishedOn (or use --dry-run)');
      }
      const outcome = await ingestArticleWrite(
        db,
        viewer,
        {
          text,
          url: meta.url ?? null,
          outlet: meta.outlet,
          title: meta.title ?? null,
          publishedOn: meta.publishedOn,
          dispute: null,
          reason: 'ingested with npm run ingest',
        },
        false,
      );
      const articleId = outcome.articleKey ?? '-';
      const reproposed =
        again && outcome.existing > 0
          ? await reproposeSuggestionsWrite(db, viewer, {
              articleKey: articleId,
              dispute: null,
              reason: 'npm run ingest -- --again',
            })
          : null;
      return {
        result: outcome.result,
        articleId,
        created: outcome.created + (reproposed?.created ?? 0),
        existing: outcome.existing,
        recorded: outcome.recorded.length,
        updated: reproposed?.updated ?? 0,
      };
    },
    async close() {
      await db.close();
      await local?.stop();
    },
  };
}
