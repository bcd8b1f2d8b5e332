import { readFile } from 'node:fs/promises';
import { Hono } from 'hono';
import { projectPath } from '../project-root.js';
import { sendStaticFile } from './static-file.js';

/** A year, immutable: the name changes whenever a byte does. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * The stable embed URL (the launcher stub, which names the current chat bundle): a few minutes, then
 * revalidated by ETag (usually a 304 of a few bytes). A release reaches pages within five minutes.
 */
const EMBED_LOADER = 'public, max-age=300';
const REVALIDATE = 'no-cache';
/** esbuild's `[name].[hash]` names; nothing else under /assets is ever served. */
const HASHED_ASSET = /^[a-z][a-z0-9-]*\.[A-Z0-9]{8}\.js$/;

const JS = 'text/javascript; charset=utf-8';
/**
 * The widget's scripts are public and sent without credentials: any page may read them, so an embed
 * tag with `crossorigin` (and the chat bundle it then loads in CORS mode) works from any council origin.
 */
const PUBLIC_SCRIPT = { 'access-control-allow-origin': '*' };
const HTML = 'text/html; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** Hashed bundle names written by scripts/build-clients.ts. */
async function readManifest(): Promise<Record<string, string>> {
  try {
    return JSON.parse(await readFile(projectPath('dist/manifest.json'), 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

/** Pages and bundles: the demo council page, the widget loader and bundles, the staff console. */
export function staticRoutes(): Hono {
  const app = new Hono();
  app.get('/', (c) => sendStaticFile(c, { path: projectPath('widget/demo.html'), type: HTML, cacheControl: REVALIDATE }));
  app.get('/widget.js', (c) => sendStaticFile(c, { path: projectPath('dist/widget.js'), type: JS, cacheControl: EMBED_LOADER, headers: PUBLIC_SCRIPT }));
  app.get('/assets/:file', (c) => {
    const file = c.req.param('file');
    if (!HASHED_ASSET.test(file)) return c.text('Not found', 404);
    const headers = file.startsWith('widget.') ? PUBLIC_SCRIPT : {};
    return sendStaticFile(c, { path: projectPath('dist/assets', file), type: JS, cacheControl: IMMUTABLE, headers });
  });
  // The console page names its hashed bundle; the page itself is always revalidated.
  app.get('/console', async (c) => {
    const script = (await readManifest()).console;
    if (!script) return c.text('The console is missing: run npm run build', 503);
    const html = await readFile(projectPath('console/index.html'), 'utf8');
    c.header('cache-control', REVALIDATE);
    return c.html(html.replace('src="/console.js"', `src="${script}"`));
  });
  app.get('/console.css', async (c) => sendStaticFile(c, { path: projectPath('console/console.css'), type: CSS, cacheControl: REVALIDATE }));
  app.get('/script-fonts.css', async (c) => sendStaticFile(c, { path: projectPath('client-core/script-fonts.css'), type: CSS, cacheControl: REVALIDATE }));
  return app;
}
