/**
 * The stakeholder map (web/) in headless Chromium against the real service and the seeded graph:
 * what an analyst does, step by step, and how many GraphQL requests each view costs.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/test-server';
import { ensureWebBuild, WEB_DIST } from '../helpers/web-build';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.resolve(__dirname, '../artifacts');
const SEBAC = 'ct-sebac-2011-concessions';
const HARBOR = 'harbor-2024-lease';
const MALLOY = 'Dannel P. Malloy';

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  ensureWebBuild();
  server = await startTestServer();
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} not found: install it (apt-get install -y chromium); this test does not skip`,
    );
  }
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-sync',
    ],
  });
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A tab that counts GraphQL requests and collects console errors, CSP violations and off-host requests. */
interface Tab {
  page: Page;
  context: BrowserContext;
  graphqlRequests: () => number;
  problems: string[];
}

async function openTab(viewport = { width: 1280, height: 800 }): Promise<Tab> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const problems: string[] = [];
  let graphql = 0;
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    problems.push(`off-host request ${url.href}`);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql' && request.method() === 'POST') graphql += 1;
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { page, context, graphqlRequests: () => graphql, problems };
}

/** Waits until no request is in flight for a moment, so request counts are final. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

/** Waits until the map on screen shows the positions as of `asOf` ('latest' when none). */
async function mapShows(page: Page, asOf: string): Promise<void> {
  await page.locator(`.issue-view[data-state="done"][data-as-of="${asOf}"]`).waitFor();
}

/** The stakeholders listed in one camp of the map. */
async function camp(page: Page, stance: string): Promise<string[]> {
  const section = page.locator(`section.camp[data-stance="${stance}"]`);
  if ((await section.count()) === 0) return [];
  return section.locator('.stakeholder-button .name').allInnerTexts();
}

const straightQuotes = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

describe('the web app over HTTP', () => {
  it('serves index.html for client routes with a CSP that allows only this origin, and keeps the JSON 404', async () => {
    for (const route of ['/', '/issues/renegotiation', '/votes/x', '/articles/abc', '/search', '/connect']) {
      const response = await server.get(route);
      expect({ route, status: response.status }).toEqual({ route, status: 200 });
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(response.headers.get('content-security-policy')).not.toContain('unsafe-inline');
      expect(await response.text()).toContain('<div id="root">');
    }
    const unknown = await server.get('/nope');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    expect((await server.get('/assets/missing.js')).status).toBe(404);
  });

  it('serves the bundle it references from /assets, cacheable for a year, and no absolute URL', async () => {
    const html = readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8');
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
      .map((m) => m[1])
      .filter((u) => !u.startsWith('data:'));
    expect(urls.length).toBeGreaterThanOrEqual(2);
    expect(html).not.toMatch(/<script>|<style>/);
    for (const url of urls) {
      expect(url).toMatch(/^\/assets\//);
      const response = await server.get(url);
      expect({ url, status: response.status }).toEqual({ url, status: 200 });
      expect(response.headers.get('cache-control')).toContain('immutable');
      expect(await response.text()).not.toMatch(/https?:\/\/fonts\./);
    }
  });
});

describe('the stakeholder map in headless Chromium', () => {
  it('shows the governor opposing renegotiation, with his words one click away, in one request per view', async () => {
    const tab = await openTab();
    const { page } = tab;
    const started = Date.now();
    await page.goto(`${server.url}/issues/renegotiation`);
    await mapShows(page, 'latest');
    process.stdout.write(`web map: first render of /issues/renegotiation in ${Date.now() - started} ms\n`);
    await settled(page);
    expect(tab.graphqlRequests()).toBe(1);

    expect(await camp(page, 'OPPOSE')).toContain(MALLOY);
    expect(await camp(page, 'SUPPORT')).not.toContain(MALLOY);

    await page.locator('.stakeholder-button', { hasText: MALLOY }).click();
    const panel = page.locator('.evidence-panel');
    await panel.locator('h2', { hasText: MALLOY }).waitFor();
    await panel.locator('.statement').first().waitFor();
    expect(straightQuotes(await panel.innerText())).toContain(
      "What's the sense of negotiating if nothing can ever be approved",
    );
    expect(await panel.innerText()).toContain('Oppose');
    await settled(page);
    expect(tab.graphqlRequests()).toBe(2); // the map, then the selection's evidence
    expect(new URL(page.url()).searchParams.get('selected')).toBeTruthy();

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'map-desktop.png') });

    // The quote opens in its article, highlighted at its offsets.
    const quote = panel.locator('.statement', { hasText: 'the sense of negotiating' });
    await quote.locator('a', { hasText: 'at the quote' }).click();
    const mark = page.locator('mark.quote-mark');
    await mark.waitFor();
    expect(straightQuotes(await mark.innerText())).toBe(
      "What's the sense of negotiating if nothing can ever be approved",
    );
    await settled(page);
    expect(tab.graphqlRequests()).toBe(3);

    // Back returns to the map with the governor still selected (a deep link, replayed).
    await page.goBack();
    await panel.locator('h2', { hasText: MALLOY }).waitFor();
    expect(tab.problems).toEqual([]);
    await tab.context.close();
  });

  it('replays positions with the date slider: the governor moves from oppose to support on reopening talks', async () => {
    const tab = await openTab();
    const { page } = tab;
    await page.goto(`${server.url}/issues/reopen-talks?dispute=${SEBAC}`);
    await mapShows(page, 'latest');
    expect(await camp(page, 'SUPPORT')).toContain(MALLOY);

    const slider = page.locator('#as-of');
    await slider.focus();
    await page.keyboard.press('Home');
    await page.waitForURL(/asOf=2011-06-20/);
    await page.locator('label[for="as-of"]', { hasText: '20 Jun 2011' }).waitFor();
    await mapShows(page, '2011-06-20');
    expect(await camp(page, 'OPPOSE')).toEqual([MALLOY]);
    expect(await camp(page, 'SUPPORT')).not.toContain(MALLOY);

    await page.keyboard.press('End');
    await mapShows(page, 'latest');
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL(/asOf=2011-07-05/);
    await mapShows(page, '2011-07-05');
    expect(await camp(page, 'MIXED')).toContain(MALLOY);

    // Back and forward replay the dates.
    await page.goBack();
    await mapShows(page, 'latest');
    expect(await camp(page, 'SUPPORT')).toContain(MALLOY);
    await page.goBack();
    await mapShows(page, '2011-06-20');
    expect(await camp(page, 'OPPOSE')).toEqual([MALLOY]);
    await page.goForward();
    await mapShows(page, 'latest');
    expect(await camp(page, 'SUPPORT')).toContain(MALLOY);

    await settled(page);
    // One request per date shown: latest, 20 Jun, latest, 5 Jul, latest, 20 Jun, latest.
    expect(tab.graphqlRequests()).toBe(7);
    expect(tab.problems).toEqual([]);
    await tab.context.close();
  });

  it('exports the map as GraphML that parses (one node per listed stakeholder), as CSV and as PNG', async () => {
    const tab = await openTab();
    const { page } = tab;
    await page.goto(`${server.url}/issues/renegotiation`);
    await page.locator('section.camp').first().waitFor();
    const listed = await page.locator('.stakeholder-button').count();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'GraphML' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('renegotiation.graphml');
    const file = await download.path();
    const xml = readFileSync(file, 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.getElementsByTagName('parsererror').length > 0)
        return { error: doc.documentElement.textContent };
      const keys = new Map<string | null, string | null>(
        Array.from(doc.getElementsByTagName('key')).map((key) => [
          key.getAttribute('id'),
          key.getAttribute('attr.name'),
        ]),
      );
      const nodes = Array.from(doc.getElementsByTagName('node')).map((node) => {
        const values: Record<string, string | null> = {};
        for (const data of Array.from(node.getElementsByTagName('data'))) {
          values[keys.get(data.getAttribute('key')) ?? '?'] = data.textContent;
        }
        return values;
      });
      return { root: doc.documentElement.localName, nodes, edges: doc.getElementsByTagName('edge').length };
    }, xml);
    expect(parsed).not.toHaveProperty('error');
    expect(parsed.root).toBe('graphml');
    expect(parsed.nodes).toHaveLength(listed);
    expect(parsed.nodes).toContainEqual(expect.objectContaining({ label: MALLOY, stance: 'Oppose' }));
    expect(parsed.edges).toBeGreaterThan(0);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Nodes CSV' }).click(),
    ]);
    const rows = readFileSync(await csv.path(), 'utf8')
      .trim()
      .split('\r\n');
    expect(rows).toHaveLength(listed + 1);

    // cytoscape's png() of the whole map: a real PNG, not an empty file.
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG' }).click(),
    ]);
    const image = readFileSync(await png.path());
    expect(image.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(image.byteLength).toBeGreaterThan(5_000);
    expect(tab.problems).toEqual([]);
    await tab.context.close();
  });

  it('shows the vote: 11 of 15 unions, the named ballot, and the rejection; and a vote that passed', async () => {
    const tab = await openTab();
    const { page } = tab;
    await page.goto(`${server.url}/`);
    await page.locator('a', { hasText: 'sebac-2011-ratification' }).click();
    const outcome = page.getByTestId('vote-outcome');
    await outcome.waitFor();
    expect(await outcome.innerText()).toMatch(/^Rejected/);
    const tallies = await page.locator('table.tallies').innerText();
    expect(tallies).toContain('11 of 15');
    expect(await page.locator('.ballots').innerText()).toContain('Connecticut State Police Union: rejected');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'vote-desktop.png') });
    await settled(page);
    expect(tab.graphqlRequests()).toBe(2); // the home page, then the vote

    await page.goto(`${server.url}/votes/lease-ratification?dispute=${HARBOR}`);
    await outcome.waitFor();
    expect(await outcome.innerText()).toMatch(/^Passed/);
    expect(tab.problems).toEqual([]);
    await tab.context.close();
  });

  it('searches "bargaining table" and opens the hit at the quote', async () => {
    const tab = await openTab({ width: 390, height: 844 });
    const { page } = tab;
    await page.goto(`${server.url}/issues/renegotiation`);
    await page.locator('section.camp').first().waitFor();
    await page.locator('.stakeholder-button', { hasText: MALLOY }).click();
    await page.locator('.evidence-panel .statement').first().waitFor();
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(ARTIFACTS, 'map-phone.png') });
    await page.locator('.evidence-panel h2').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'map-phone-evidence.png') });

    const before = tab.graphqlRequests();
    await page.getByRole('searchbox').fill('bargaining table');
    await page.getByRole('searchbox').press('Enter');
    const hits = page.locator('.hit');
    await hits.first().waitFor();
    expect(await hits.first().innerText()).toMatch(/bargaining\s+table/i);
    await hits.first().locator('a').click();
    const mark = page.locator('mark.quote-mark');
    await mark.waitFor();
    expect(await mark.innerText()).toMatch(/bargaining table/);
    await settled(page);
    expect(tab.graphqlRequests() - before).toBe(2); // the search, then the article
    expect(tab.problems).toEqual([]);
    await tab.context.close();
  });

  it('answers "how is X connected to Y" with paths whose steps carry their evidence, one request per pair', async () => {
    const tab = await openTab();
    const { page } = tab;
    await page.goto(`${server.url}/connect`);
    const from = page.locator('#connect-from');
    await from.waitFor();
    await from.selectOption({ label: `${MALLOY} (person)` });
    await page.waitForURL(/from=/);
    await page
      .locator('#connect-to')
      .selectOption({ label: 'State Employees Bargaining Agent Coalition (organisation)' });
    await page.locator('.paths > li').first().waitFor();
    const firstPath = await page.locator('.paths > li').first().innerText();
    expect(firstPath).toContain(MALLOY);
    expect(await page.locator('.paths .statement').count()).toBeGreaterThan(0);
    await settled(page);
    expect(tab.graphqlRequests()).toBe(3); // the choices, then one per choice made
    expect(tab.problems).toEqual([]);
    await tab.context.close();
  });
});
