import { readFileSync } from 'node:fs';
import { runPipeline } from '../src/ingest/pipeline';
import { knowledgeFromSeed } from '../seed/knowledge';
import { readSeed } from '../seed/read';
void (async () => {
  const k = knowledgeFromSeed(await readSeed());
  const text = process.argv[2] === '-f' ? readFileSync(process.argv[3]!, 'utf8') : process.argv[2]!;
  const r = runPipeline(text, k, { publishedOn: '2011-07-30' });
  for (const s of r.statements) console.log(s.kind, JSON.stringify(s.text.slice(0, 90)), s.speaker?.name ?? null, s.rule, s.issues.map((i) => `${i.slug}:${i.stance}`).join(','));
})();
