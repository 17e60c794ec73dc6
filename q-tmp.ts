import neo4j from 'neo4j-driver';
import { readFileSync } from 'node:fs';
import { Database } from './src/db';
const sel = (t: Record<string, object>): Map<string, any> => new Map(Object.entries(t).map(([k, v]) => [k, sel(v as any)]));
(async () => {
  const db = await Database.create({ uri: 'bolt://127.0.0.1:7699', user: 'neo4j', password: '', database: 'neo4j', queryTimeoutMs: 15000 });
  const d = neo4j.driver('bolt://127.0.0.1:7699', neo4j.auth.basic('neo4j', ''), { disableLosslessIntegers: true });
  const raw = readFileSync('bench/cypher/raw/positions.cypher', 'utf8');
  const selections = { i: new Map(), p: sel({ holder: { name: {} }, evidence: { text: {}, speaker: { name: {} }, article: { key: {}, publishedOn: {} } } }) };
  const params = { slug: 'renegotiation', dispute: 'ct-sebac-2011-concessions', asOf: null, stance: 'OPPOSE', first: 100, withPositions: true };
  const text = db.composedText('position/find-issue-positions-by-slug', selections);
  const time = async (label: string, f: () => Promise<unknown>) => {
    for (let i = 0; i < 30; i++) await f();
    const t: number[] = [];
    for (let i = 0; i < 200; i++) { const s = performance.now(); await f(); t.push(performance.now() - s); }
    t.sort((a, b) => a - b);
    console.log(label, 'p50', t[100].toFixed(2), 'p90', t[180].toFixed(2));
  };
  const rawParams = { slug: 'renegotiation', dispute: 'ct-sebac-2011-concessions', stance: 'OPPOSE', first: neo4j.int(100) };
  await time('raw executeQuery      ', () => d.executeQuery(raw, rawParams, { database: 'neo4j' }));
  await time('composed executeQuery ', () => d.executeQuery(text, { ...params, first: neo4j.int(100) }, { database: 'neo4j' }));
  await time('composed via Database ', () => db.readProjected('position/find-issue-positions-by-slug', params, selections));
  const s = d.session({ database: 'neo4j' });
  await time('composed session.run  ', () => s.run(text, { ...params, first: neo4j.int(100) }).then((r) => r.records));
  await s.close();
  const prof = await d.executeQuery('PROFILE ' + text, { ...params, first: neo4j.int(100) }, { database: 'neo4j' });
  const hits = (p: any): number => (p?.dbHits ?? 0) + (p?.children ?? []).reduce((n: number, c: any) => n + hits(c), 0);
  const prof2 = await d.executeQuery('PROFILE ' + raw, rawParams, { database: 'neo4j' });
  console.log('dbHits composed', hits(prof.summary.profile), 'raw', hits(prof2.summary.profile));
  await d.close(); await db.close();
})();
