/**
 * mountPlayground(app): GraphiQL at /graphiql (and at /graphql for browsers), served entirely by
 * this service from node_modules so it works on a machine with no internet: no CDN, no external URL.
 * Must be mounted before Apollo's /graphql middleware so browsers get the page instead of Apollo's
 * CSRF rejection of a plain GET.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Express, type NextFunction, type Request, type Response } from 'express';
import { playgroundExamples } from './examples';

const ASSET_PREFIX = '/playground/assets';
const GRAPHQL_PATH = '/graphql';

/*
 * 'self' for everything the page loads or calls, with two exceptions GraphiQL's bundle forces:
 * - style-src-elem 'unsafe-inline': its dialogs (settings, shortcuts) lock scrolling through
 *   react-remove-scroll, which injects a <style> element whose text depends on the scrollbar width,
 *   so no hash fits, and the bundle gives no way to hand it a nonce. Style attributes and
 *   stylesheets stay 'self' only (style-src), and CSS cannot reach another host (img/font/connect).
 * - font-src/img-src data:: its CSS embeds the Roboto and Fira Code fonts and a few PNGs as data: URIs.
 * No 'unsafe-eval': the bundle's only `new Function` is webpack's globalThis probe, which falls
 * back to `window` when blocked. The browser test fails on any violation.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-elem 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

interface StaticAsset {
  contentType: string;
  /** A file from node_modules, or text built here at start-up. */
  body: { file: string } | { text: string };
}

/** Versioned or content-hashed URLs, so a year of caching can never serve a stale file. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

function packageDir(name: string): { dir: string; version: string } {
  const manifest = require.resolve(`${name}/package.json`);
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return { dir: path.dirname(manifest), version };
}

function contentTypeOf(file: string): string {
  if (file.endsWith('.css')) return 'text/css; charset=utf-8';
  if (file.endsWith('.map')) return 'application/json; charset=utf-8';
  return 'text/javascript; charset=utf-8';
}

function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

const PAGE_CSS = `html, body, #graphiql { height: 100%; margin: 0; }
`;

/*
 * Runs after the UMD bundles have set the React, ReactDOM and GraphiQL globals. An external file
 * rather than an inline <script> so the policy can stay script-src 'self' with no hash or nonce.
 */
function bootstrapScript(): string {
  const tabs = playgroundExamples.map(({ query, variables, headers }) => ({
    query,
    ...(variables === undefined ? {} : { variables }),
    ...(headers === undefined ? {} : { headers }),
  }));
  return `'use strict';
(function () {
  var baseFetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(GRAPHQL_PATH)} });
  // GraphiQL 3 can send the previous tab's operation name after a tab switch; a name the
  // current document does not define fails with OPERATION_RESOLUTION_FAILURE, so drop it.
  function definesOperation(query, name) {
    var words = query.split(/[^A-Za-z0-9_]+/);
    for (var i = 0; i + 1 < words.length; i++) {
      if (/^(query|mutation|subscription)$/.test(words[i]) && words[i + 1] === name) return true;
    }
    return false;
  }
  function fetcher(params, options) {
    if (params && params.operationName && typeof params.query === 'string' && !definesOperation(params.query, params.operationName)) {
      params = Object.assign({}, params, { operationName: undefined });
    }
    return baseFetcher(params, options);
  }
  var tabs = ${JSON.stringify(tabs)};
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: tabs,
      defaultEditorToolsVisibility: 'variables',
      // The Headers pane is where editors paste "Authorization: Bearer <token>" for mutations.
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
    }),
  );
})();
`;
}

function buildAssets(): { assets: Map<string, StaticAsset>; scripts: string[]; styles: string[] } {
  const assets = new Map<string, StaticAsset>();
  const fromPackage = (name: string, relative: string): string => {
    const { dir, version } = packageDir(name);
    const file = path.join(dir, relative);
    // Fail at start-up, not with a blank page: a missing file means an upgrade moved the bundle.
    if (!existsSync(file)) throw new Error(`playground asset missing: ${file}`);
    const urlPath = `${ASSET_PREFIX}/${name}-${version}/${path.basename(relative)}`;
    assets.set(urlPath, { contentType: contentTypeOf(relative), body: { file } });
    return urlPath;
  };
  const generated = (stem: string, extension: string, text: string): string => {
    const urlPath = `${ASSET_PREFIX}/${stem}-${contentHash(text)}.${extension}`;
    assets.set(urlPath, { contentType: contentTypeOf(urlPath), body: { text } });
    return urlPath;
  };

  // The source maps are listed so the bundle's sourceMappingURL comments resolve in devtools.
  fromPackage('graphiql', 'graphiql.min.js.map');
  fromPackage('graphiql', 'graphiql.min.css.map');
  return {
    assets,
    scripts: [
      fromPackage('react', 'umd/react.production.min.js'),
      fromPackage('react-dom', 'umd/react-dom.production.min.js'),
      fromPackage('graphiql', 'graphiql.min.js'),
      generated('bootstrap', 'js', bootstrapScript()),
    ],
    styles: [fromPackage('graphiql', 'graphiql.min.css'), generated('playground', 'css', PAGE_CSS)],
  };
}

function renderPage(scripts: string[], styles: string[]): string {
  const links = styles.map((href) => `    <link rel="stylesheet" href="${href}" />`).join('\n');
  const tags = scripts.map((src) => `    <script src="${src}"></script>`).join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Stakeholder Graph · GraphiQL</title>
    <link rel="icon" href="data:," />
${links}
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
${tags}
  </body>
</html>
`;
}

export function mountPlayground(app: Express): void {
  const { assets, scripts, styles } = buildAssets();
  const page = renderPage(scripts, styles);

  const sendPage = (_req: Request, res: Response) => {
    res
      .status(200)
      .set({
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        // Short-lived so a deploy with new asset hashes is picked up on the next visit.
        'cache-control': 'no-cache',
      })
      .send(page);
  };

  app.get('/graphiql', sendPage);

  app.get(GRAPHQL_PATH, (req: Request, res: Response, next: NextFunction) => {
    // The same URL answers HTML or GraphQL JSON depending on Accept, so caches must key on it.
    res.vary('Accept');
    // Listing JSON first means a missing Accept or */* (curl, most clients) goes to Apollo.
    if (req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html') {
      sendPage(req, res);
      return;
    }
    next();
  });

  app.use(ASSET_PREFIX, (req: Request, res: Response, next: NextFunction) => {
    const asset = assets.get(req.baseUrl + req.path);
    if (!asset || (req.method !== 'GET' && req.method !== 'HEAD')) {
      next();
      return;
    }
    res.set({ 'cache-control': IMMUTABLE, 'x-content-type-options': 'nosniff' });
    res.set('content-type', asset.contentType);
    if ('text' in asset.body) {
      res.send(asset.body.text);
      return;
    }
    res.sendFile(asset.body.file, { cacheControl: false }, (error) => {
      // After the headers are out (the client went away mid-file) there is nothing left to report to.
      if (error && !res.headersSent) next(error);
    });
  });
}
