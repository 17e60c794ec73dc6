/**
 * npm run ingest -- [--dry-run | --again] [--format table|json] [--token <api token>] <file>...
 *
 * Reads articles (plain text, or text after a front-matter block of outlet, url, title,
 * publishedOn), runs the ingestion pipeline and either prints what it proposes (--dry-run: nothing
 * is written, and the known stakeholders and issue cues come from seed/data, so no database is
 * needed) or stores the article and its suggestions for review through the service's write path
 * (src/write/suggestion.write.ts, the same function as the ingestArticle mutation). The actor is
 * the API token's holder when --token (or INGEST_TOKEN) is given, else the system actor
 * "ingest vN". Ingesting a stored text again adds nothing; --again also proposes its still-PROPOSED
 * suggestions again with the graph's current cues and people (after an editor changed them). A progress bar (cli-progress, on stderr) shows when there are several files.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { readSeed } from '../seed/read';
import { knowledgeFromSeed } from '../seed/knowledge';
import { parseFrontMatter } from '../src/ingest/front-matter';
import { toIngestJson } from '../src/ingest/json-shape';
import { runPipeline } from '../src/ingest/pipeline';
import { type Knowledge, type PipelineResult } from '../src/ingest/types';
import { PIPELINE_VERSION } from '../src/ingest/version';

const USAGE =
  'usage: npm run ingest -- [--dry-run | --again] [--format table|json] [--token <api token>] <file>...';

class UsageError extends Error {}

interface Row {
  file: string;
  quotes: number;
  attributed: number;
  paraphrases: number;
  skipped: number;
  newPeople: number;
  newOrgs: number;
  positions: number;
  article: string;
  suggestions: string;
}

function summarise(file: string, result: PipelineResult): Row {
  const quotes = result.statements.filter((s) => s.kind !== 'PARAPHRASE');
  return {
    file,
    quotes: quotes.length,
    attributed: quotes.filter((q) => q.speaker !== null).length,
    paraphrases: result.statements.length - quotes.length,
    skipped: result.skipped.length,
    newPeople: result.people.filter((p) => p.isNew).length,
    // New organizations are proposed only as speakers; `people` holds persons alone.
    newOrgs: new Set(
      result.statements.flatMap((s) =>
        s.speaker?.isNew === true && s.speaker.type === 'ORGANIZATION' ? [s.speaker.name] : [],
      ),
    ).size,
    positions: result.positions.length,
    article: '-',
    suggestions: '-',
  };
}

/** A plain table: a header, a rule, the rows, and a totals line. */
export function formatTable(rows: Row[]): string {
  const columns: (keyof Row)[] = [
    'file',
    'quotes',
    'attributed',
    'paraphrases',
    'skipped',
    'newPeople',
    'newOrgs',
    'positions',
    'article',
    'suggestions',
  ];
  const sum = (k: keyof Row) => rows.reduce((n, r) => n + (typeof r[k] === 'number' ? r[k] : 0), 0);
  const total: Row = {
    file: `total (${rows.length} files)`,
    quotes: sum('quotes'),
    attributed: sum('attributed'),
    paraphrases: sum('paraphrases'),
    skipped: sum('skipped'),
    newPeople: sum('newPeople'),
    newOrgs: sum('newOrgs'),
    positions: sum('positions'),
    article: '',
    suggestions: '',
  };
  const cells = [columns.map(String), ...[...rows, total].map((r) => columns.map((c) => String(r[c])))];
  const widths = columns.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const [head, ...body] = cells;
  const last = body.pop() ?? [];
  return [line(head ?? []), rule, ...body.map(line), rule, line(last)].join('\n');
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      again: { type: 'boolean', default: false },
      format: { type: 'string', default: 'table' },
      token: { type: 'string' },
      progress: { type: 'boolean', default: true },
    },
    allowNegative: true,
  });
  if (positionals.length === 0) throw new UsageError('no files given');
  if (values.format !== 'table' && values.format !== 'json')
    throw new UsageError('--format is table or json');
  const dryRun = values['dry-run'] ?? false;
  if (dryRun && values.again === true) throw new UsageError('--again writes: it cannot go with --dry-run');

  let knowledge: Knowledge | undefined;
  let writer: Writer | undefined;
  if (dryRun) knowledge = knowledgeFromSeed(await readSeed());
  else writer = await openWriter(values.token ?? process.env.INGEST_TOKEN);

  const bar =
    positionals.length > 1 && values.progress === true
      ? new SingleBar(
          {
            format: 'ingest [{bar}] {value}/{total} files | {eta_formatted} left | {file}',
            stream: process.stderr,
            // Also when stderr is a file or a pipe (the log of a long run): a line every 2 s.
            noTTYOutput: true,
            notTTYSchedule: 2000,
          },
          Presets.shades_classic,
        )
      : null;
  bar?.start(positionals.length, 0, { file: '' });
  const rows: Row[] = [];
  const failures: string[] = [];
  try {
    for (const file of positionals) {
      bar?.update({ file: path.basename(file) });
      try {
        const { text, meta } = parseFrontMatter(await readFile(file, 'utf8'));
        let row: Row;
        let result: PipelineResult;
        if (writer === undefined) {
          result = runPipeline(text, knowledge as Knowledge, { publishedOn: meta.publishedOn ?? null });
          row = summarise(file, result);
        } else {
          const written = await writer.ingest(text, meta, values.again === true);
          result = written.result;
          row = {
            ...summarise(file, result),
            article: written.articleId,
            suggestions: `${written.created} new, ${written.existing} kept${written.recorded > 0 ? `, ${written.recorded} recorded already` : ''}${values.again === true ? `, ${written.updated} re-proposed` : ''}`,
          };
        }
        rows.push(row);
        // JSON lines on stdout; the bar draws on stderr, so piping stdout gets only the JSON.
        if (values.format === 'json') {
          process.stdout.write(`${JSON.stringify(toIngestJson(file, meta.publishedOn ?? null, result))}\n`);
        }
      } catch (error) {
        failures.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
      bar?.increment();
    }
  } finally {
    bar?.stop();
    await writer?.close();
  }
  const summary = `${formatTable(rows)}\n${dryRun ? `dry run (${PIPELINE_VERSION}): nothing written` : `written by ${writer?.actor ?? '?'}`}\n`;
  // With --format json, stdout carries only the JSON lines; the summary goes to stderr.
  (values.format === 'json' ? process.stderr : process.stdout).write(summary);
  for (const failure of failures) process.stderr.write(`failed: ${failure}\n`);
  if (failures.length > 0) process.exitCode = 1;
}

interface Writer {
  actor: string;
  ingest(
    text: string,
    meta: { outlet?: string; url?: string; title?: string; publishedOn?: string },
    again: boolean,
  ): Promise<{
    result: PipelineResult;
    articleId: string;
    created: number;
    existing: number;
    /** Proposals not stored: the article records their words as a statement already. */
    recorded: number;
    updated: number;
  }>;
  close(): Promise<void>;
}

/** Connects to the graph the service uses and returns an ingest through the write path. */
async function openWriter(token: string | undefined): Promise<Writer> {
  const { connectForIngest } = await import('./ingest-writer');
  return connectForIngest(token);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n${USAGE}\n`);
      process.exit(2);
    }
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
