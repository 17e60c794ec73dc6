/**
 * mountWebApp(app): the stakeholder map (web/, built by Vite into web/dist) at `/`. Its client-side
 * routes (/issues/…, /votes/…, /articles/…, /search, /connect) answer index.html so a shared link
 * opens the right view; any other path still reaches the JSON 404. Without a build (unit tests, a
 * checkout that only ran tsc) nothing is mounted and the API works as before.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type Request, type Response } from 'express';
import { repoRoot } from '../paths';

/** The client routes of web/src/App.tsx; keep the two lists in step. */
export const WEB_ROUTES = ['/', '/issues/*rest', '/votes/*rest', '/articles/*rest', '/search', '/connect'];

/*
 * Everything from this origin and nothing inline: Vite emits one module script and one stylesheet,
 * React and cytoscape set styles through the CSSOM (which CSP does not govern), and the PNG export
 * hands the browser a blob: URL. data: images only for the empty favicon.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function defaultWebDist(): string {
  return path.join(repoRoot(), 'web', 'dist');
}

/** Mounts the built app from `dist`; returns false (and mounts nothing) when there is no build. */
export function mountWebApp(app: Express, dist: string = defaultWebDist()): boolean {
  const indexFile = path.join(dist, 'index.html');
  if (!existsSync(indexFile)) return false;
  const page = readFileSync(indexFile, 'utf8');

  // Vite names every asset by its content hash, so a year of caching never serves a stale file.
  app.use(
    '/assets',
    express.static(path.join(dist, 'assets'), {
      immutable: true,
      maxAge: '365d',
      index: false,
      fallthrough: true,
      redirect: false,
    }),
  );

  const sendPage = (_req: Request, res: Response) => {
    res
      .status(200)
      .set({
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'referrer-policy': 'no-referrer',
        // A new build brings new asset names: the page itself must be revalidated on each visit.
        'cache-control': 'no-cache',
      })
      .send(page);
  };
  for (const route of WEB_ROUTES) app.get(route, sendPage);
  return true;
}
