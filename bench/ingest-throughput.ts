/**
 * npm run bench:ingest — throughput of the ingestion pipeline, no database.
 *
 * 1. One article of about 5,000 words (the five seed articles and the test articles, joined, with
 *    the people's names varied so the linker and new-person detection have work), run repeatedly:
 *    articles per second and words per second; then again with the learned stage active (a model
 *    of the seed's and the hand-written sets' gold statements, its training timed apart).
 * 2. `--generate <dir> [--count 1000]`: writes that many generated articles (front matter + text,
 *    each a shuffled mix of paragraphs with invented people quoted) for `npm run ingest`.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readSeed } from '../seed/read';
import { knowledgeFromSeed } from '../seed/knowledge';
import { parseFrontMatter } from '../src/ingest/front-matter';
import { learnedFor } from '../src/ingest/learned';
import { runPipeline } from '../src/ingest/pipeline';
import { type Knowledge } from '../src/ingest/types';
import { fixtureSets, labelled } from '../tools/eval-ingest';

const FIRST = [
  'Ana',
  'Ben',
  'Carla',
  'Dev',
  'Elena',
  'Farid',
  'Grace',
  'Hugo',
  'Iris',
  'Jonah',
  'Kemi',
  'Luis',
];
const LAST = [
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Tanaka',
  'Novak',
  'Quinn',
  'Reyes',
  'Sato',
  'Walsh',
  'Yilmaz',
];

/** A deterministic pseudo-random sequence (so a run can be repeated exactly). */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

async function paragraphsOfCorpus(): Promise<string[]> {
  const seed = await readSeed();
  const texts = seed.articles.map((a) => a.text);
  const dir = path.join(__dirname, '..', 'test', 'fixtures', 'ingest');
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.txt'))) {
    texts.push(parseFrontMatter(await readFile(path.join(dir, name), 'utf8')).text);
  }
  return texts.flatMap((t) => t.split(/\n\s*\n/)).filter((p) => p.trim().length > 0);
}

/** A generated paragraph: an invented person quoted, with an appositive, on a seed issue. */
function invented(random: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const name = `${pick(FIRST)} ${pick(LAST)}`;
  const surname = name.split(' ')[1] ?? name;
  const lines = [
    `"We don't want to see these layoffs," said ${name}, a steward with AFSCME Local 387.`,
    `${name}, president of a Hartford local, said the coalition should change its bylaws. "The rules are a difficult benchmark," ${surname} said.`,
    `"I think a second vote is the only sensible path," ${name} said. "Give the members another chance."`,
  ];
  return pick(lines);
}

function article(paragraphs: string[], random: () => number, words: number): string {
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const p =
      random() < 0.3 ? invented(random) : (paragraphs[Math.floor(random() * paragraphs.length)] ?? '');
    out.push(p);
    count += p.split(/\s+/).length;
  }
  return out.join('\n\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      generate: { type: 'string' },
      count: { type: 'string', default: '1000' },
      runs: { type: 'string', default: '20' },
    },
  });
  const paragraphs = await paragraphsOfCorpus();
  if (values.generate !== undefined) {
    const n = Number(values.count);
    await mkdir(values.generate, { recursive: true });
    const random = rng(11);
    for (let i = 0; i < n; i += 1) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const body = article(paragraphs, random, 400 + Math.floor(random() * 800));
      const front = `---\noutlet: Generated Gazette\ntitle: Generated article ${i + 1}\npublishedOn: 2011-08-${day}\n---\n`;
      await writeFile(
        path.join(values.generate, `generated-${String(i + 1).padStart(4, '0')}.txt`),
        front + body,
      );
    }
    process.stdout.write(`wrote ${n} articles to ${values.generate}\n`);
    return;
  }
  const seedKnowledge = knowledgeFromSeed(await readSeed());
  const text = article(paragraphs, rng(7), 5000);
  const words = text.split(/\s+/).length;
  const runs = Number(values.runs);
  const measure = (label: string, knowledge: Knowledge) => {
    runPipeline(text, knowledge, { publishedOn: '2011-07-20' }); // warm-up (JIT, compromise's lexicon)
    const started = process.hrtime.bigint();
    let statements = 0;
    for (let i = 0; i < runs; i += 1) {
      statements = runPipeline(text, knowledge, { publishedOn: '2011-07-20' }).statements.length;
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    process.stdout.write(
      `${label}: one article of ${words} words, ${text.length} characters, ${statements} statements proposed\n` +
        `  ${runs} runs in ${seconds.toFixed(2)} s: ${(runs / seconds).toFixed(2)} articles/s, ${Math.round((runs * words) / seconds)} words/s, ${((seconds / runs) * 1000).toFixed(0)} ms per article\n`,
    );
  };
  measure(
    `cues (the seed's ${seedKnowledge.examples?.length ?? 0} statements: too few to learn from)`,
    seedKnowledge,
  );
  // The learned stage, as with a graph of many reviewed statements: the seed's and every
  // hand-written set's gold. Training happens once (then the model is cached), timed apart.
  const examples = [
    ...(seedKnowledge.examples ?? []),
    ...labelled([...(await fixtureSets()).values()].flat()),
  ];
  const slugs = seedKnowledge.issues.map((i) => i.slug);
  const started = process.hrtime.bigint();
  learnedFor(examples, slugs);
  const trainMs = Number(process.hrtime.bigint() - started) / 1e6;
  process.stdout.write(
    `learned stage: trained on ${examples.length} reviewed statements in ${trainMs.toFixed(0)} ms\n`,
  );
  measure('cues and learned stage', { ...seedKnowledge, examples });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
