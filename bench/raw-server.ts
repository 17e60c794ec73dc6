/**
 * The raw baseline: a bare node:http server that answers each benchmark question with one
 * hand-written Cypher query (bench/cypher/raw/<name>.cypher) through neo4j-driver's executeQuery,
 * and returns its rows as JSON. No GraphQL, no loaders: the floor the service is compared with.
 *
 *   RAW_PORT, NEO4J_URI, NEO4J_DATABASE (neo4j)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import neo4j from 'neo4j-driver';

const dir = path.join(__dirname, 'cypher', 'raw');
const queries = new Map(
  readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .map((file) => [path.basename(file, '.cypher'), readFileSync(path.join(dir, file), 'utf8')]),
);
const driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687', neo4j.auth.basic('neo4j', ''), {
  disableLosslessIntegers: true,
});
const database = process.env.NEO4J_DATABASE ?? 'neo4j';

/** JSON numbers that Cypher needs as integers (LIMIT) are sent as Neo4j integers. */
function params(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(body).map(([k, v]) => [k, Number.isInteger(v) ? neo4j.int(v as number) : v]),
  );
}

const server = createServer((req, res) => {
  const name = (req.url ?? '').replace(/^\/q\//, '');
  const text = queries.get(name);
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    if (text === undefined) {
      res.writeHead(404).end();
      return;
    }
    driver
      .executeQuery(text, params(JSON.parse(body || '{}') as Record<string, unknown>), {
        database,
        routing: neo4j.routing.READ,
      })
      .then((result) => {
        const rows = result.records.map((record) => record.toObject());
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ rows }));
      })
      .catch((error: unknown) => {
        res
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: String(error) }));
      });
  });
});
server.listen(Number(process.env.RAW_PORT ?? 4100), '127.0.0.1', () => {
  process.stdout.write(`raw baseline on ${String(process.env.RAW_PORT ?? 4100)}\n`);
});
