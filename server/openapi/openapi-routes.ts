import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { projectPath } from '../project-root.js';
import { buildOpenApi } from './build-openapi.js';

/** GET /openapi.json, built once at start from the zod protocol. */
export function openApiRoutes(): Hono {
  const { version } = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { version: string };
  const document = buildOpenApi({ version });
  const app = new Hono();
  app.get('/openapi.json', (c) => c.json(document));
  return app;
}
