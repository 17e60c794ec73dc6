import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  buildClientSchema,
  getIntrospectionQuery,
  type IntrospectionQuery,
  type OperationDefinitionNode,
  parse,
  validate,
} from 'graphql';
import { chromium } from 'playwright-core';
import { playgroundExamples } from '../../src/playground/examples';
import { startTestServer, type TestServer } from '../helpers/test-server';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = path.resolve(__dirname, '../artifacts/playground.png');

let server: TestServer;
let page: string;
beforeAll(async () => {
  server = await startTestServer();
  page = await (await server.get('/graphiql')).text();
});
afterAll(() => server.close());

/** Every src/href but the data: favicon, which stops the browser asking for /favicon.ico. */
function assetUrls(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
    .map((match) => match[1])
    .filter((url) => !url.startsWith('data:'));
}

describe('the GraphiQL page', () => {
  it('is served as HTML at /graphiql with a Content-Security-Policy', async () => {
    const response = await server.get('/graphiql');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page).toContain('<div id="graphiql">');
  });

  it('is served at /graphql to a browser, and GraphQL GETs still reach Apollo', async () => {
    const browserGet = await server.get('/graphql', {
      accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    });
    expect(browserGet.status).toBe(200);
    expect(browserGet.headers.get('vary')).toMatch(/accept/i);
    expect(await browserGet.text()).toBe(page);

    // Apollo's CSRF prevention rejects a GET with only simple headers; real clients send this one.
    const graphqlGet = await server.get(`/graphql?query=${encodeURIComponent('{serverInfo{version}}')}`, {
      accept: 'application/json',
      'apollo-require-preflight': 'true',
    });
    expect(graphqlGet.status).toBe(200);
    expect(graphqlGet.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await graphqlGet.json()) as { data?: { serverInfo?: { version?: string } } };
    expect(typeof body.data?.serverInfo?.version).toBe('string');
  });

  it('names no other host: no CDN, no absolute URL at all', () => {
    expect(page.match(/https?:\/\/[^\s"'<>)]*/g) ?? []).toEqual([]);
    expect(page).not.toMatch(/(?:src|href)="\/\//);
  });

  it('serves every asset the page references from the service, cacheable for a year', async () => {
    const urls = assetUrls(page);
    expect(urls.length).toBeGreaterThanOrEqual(5);
    for (const url of urls) {
      expect(url).toMatch(/^\/playground\/assets\//);
      const response = await server.get(url);
      expect({ url, status: response.status }).toEqual({ url, status: 200 });
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('content-type')).toMatch(/^text\/(javascript|css)/);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
    expect((await server.get('/playground/assets/package.json')).status).toBe(404);
  });
});

describe('the playground examples', () => {
  it('each parse, open with a comment line, and name their operation as the tab name', () => {
    expect(playgroundExamples[0]?.name).toBe('ServerInfo');
    for (const example of playgroundExamples) {
      expect(example.query).toMatch(/^# \S/);
      const [operation] = parse(example.query).definitions as OperationDefinitionNode[];
      expect(operation?.name?.value).toBe(example.name);
      if (example.variables) expect(() => JSON.parse(example.variables!) as unknown).not.toThrow();
      if (example.headers)
        expect(Object.keys(JSON.parse(example.headers) as object)).toEqual(['Authorization']);
    }
    // Editors get example mutations with a place for their token.
    expect(
      playgroundExamples.filter((example) => example.query.includes('mutation ')).length,
    ).toBeGreaterThan(0);
    expect(
      playgroundExamples.every(
        (example) => !example.query.includes('mutation ') || example.headers !== undefined,
      ),
    ).toBe(true);
  });

  it('each validate against the schema the service serves, as GraphiQL sees it', async () => {
    const introspection = await server.graphql<IntrospectionQuery>(getIntrospectionQuery());
    const schema = buildClientSchema(introspection.data!);
    const invalid = playgroundExamples
      .map(({ name, query }) => ({
        name,
        errors: validate(schema, parse(query)).map((error) => error.message),
      }))
      .filter(({ errors }) => errors.length > 0);
    expect(invalid).toEqual([]);
  });

  it('ServerInfo runs without errors against the real schema', async () => {
    const response = await server.graphql(playgroundExamples[0].query);
    expect(response.errors).toBeUndefined();
  });
});

describe('GraphiQL in headless Chromium, offline', () => {
  it('loads only from the service, runs ServerInfo and the renegotiation question, and shows their results', async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `${CHROMIUM} not found: install it (apt-get install -y chromium); this test does not skip`,
      );
    }
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const context = await browser.newContext({ viewport: { width: 1400, height: 800 } });
      const tab = await context.newPage();
      const offHost: string[] = [];
      const problems: string[] = [];
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.hostname === '127.0.0.1') return route.continue();
        offHost.push(url.href);
        return route.abort('blockedbyclient');
      });
      // CSP violations also reach the console, but only this event names the directive.
      await context.addInitScript(() => {
        const seen: string[] = [];
        Object.assign(window, { cspViolations: seen });
        document.addEventListener('securitypolicyviolation', (event) => {
          seen.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      tab.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
      });
      tab.on('pageerror', (error) => problems.push(error.message));

      await tab.goto(`${server.url}/graphiql`);
      await tab.locator('.graphiql-query-editor .CodeMirror').first().waitFor();
      expect(await tab.locator('.graphiql-tab').count()).toBe(playgroundExamples.length);

      await tab.locator('.graphiql-execute-button').click();
      await tab.waitForFunction(
        (expected) => document.querySelector('.graphiql-response')?.textContent?.includes(expected),
        '"neo4jVersion": "5.26.',
      );

      // A dialog injects an inline <style> (scroll lock): the one thing the policy's unsafe-inline is for.
      await tab.locator('[aria-label="Open settings dialog"]').click();
      await tab.locator('[role="dialog"]').waitFor();
      await tab.keyboard.press('Escape');
      await tab.locator('[role="dialog"]').waitFor({ state: 'detached' });

      // An analyst's question, not only a health check: who opposed renegotiation, with evidence.
      await tab.locator('.graphiql-tab', { hasText: 'WhoOpposedRenegotiation' }).click();
      await tab.locator('.graphiql-execute-button').click();
      await tab
        .waitForFunction(
          (expected) => document.querySelector('.graphiql-response')?.textContent?.includes(expected),
          '"name": "Dannel P. Malloy"',
        )
        .catch(async (error: unknown) => {
          await tab.screenshot({ path: SCREENSHOT.replace('.png', '-failed.png') });
          throw error;
        });

      mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await tab.screenshot({ path: SCREENSHOT });
      process.stdout.write(`playground screenshot: ${SCREENSHOT}\n`);

      expect(offHost).toEqual([]);
      expect(
        await tab.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
      ).toEqual([]);
      // CSP violations show up here as "Refused to ..." console errors.
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
