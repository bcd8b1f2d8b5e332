import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CouncilPage {
  url: string;
  close(): Promise<void>;
}

/**
 * A minimal council page on its own origin embedding the widget with `tag` (the attributes after
 * src), under the strict CSP docs/embedding.md asks councils for: one script origin, one connect
 * origin, no inline anything.
 */
export async function startCouncilPage(widgetOrigin: () => string, tag = 'async'): Promise<CouncilPage> {
  const http = createServer((request, response) => {
    const origin = widgetOrigin();
    response.writeHead(request.url === '/' ? 200 : 404, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': `default-src 'none'; script-src ${origin}; connect-src ${origin} ${origin.replace(/^http/, 'ws')}; style-src 'self'`,
    });
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council</title></head><body><main><h1>Family Hubs</h1></main><script src="${origin}/widget.js" ${tag}></script></body></html>`);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => http.close(() => resolve())) };
}
