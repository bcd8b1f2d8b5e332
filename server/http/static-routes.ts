import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** Pages and bundles: the demo council page, the widget script, the staff console. */
export function staticRoutes(): Hono {
  const app = new Hono();
  const file = (path: string, type: string, cache = 'no-cache') => async () => {
    try {
      return new Response(await readFile(root(path)), { headers: { 'content-type': type, 'cache-control': cache } });
    } catch {
      return new Response(`${path} is missing: run npm run build`, { status: 503 });
    }
  };
  app.get('/', file('widget/demo.html', 'text/html; charset=utf-8'));
  app.get('/widget.js', file('dist/widget.js', 'text/javascript; charset=utf-8'));
  app.get('/console', file('console/index.html', 'text/html; charset=utf-8'));
  app.get('/console.js', file('dist/console.js', 'text/javascript; charset=utf-8'));
  app.get('/console.css', file('console/console.css', 'text/css; charset=utf-8'));
  app.get('/script-fonts.css', file('client-core/script-fonts.css', 'text/css; charset=utf-8'));
  return app;
}
