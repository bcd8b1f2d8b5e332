import { join } from 'node:path';
import type { Endpoint } from './family-conversation.js';
import type { TargetName } from './load-options.js';
import type { ProcessSpec } from './server-target.js';

/**
 * What the clients present, as on a council deployment without a proxy in front: the page that
 * embeds the widget (EMBED_ORIGINS) and the public name the server answers to (ALLOWED_HOSTS).
 * TRUSTED_PROXY stays unset, so every budget is kept by the socket's own address, which is why
 * each conversation connects from its own loopback address.
 */
export const COUNCIL_PAGE = 'https://www.council.example';
export const PUBLIC_HOST = 'front-door.council.example';

export function endpointOf(url: string): Endpoint {
  return { url, host: PUBLIC_HOST, origin: COUNCIL_PAGE };
}

/** The processes of one target. Front Door gets only production settings, nothing bench-specific. */
export function specsFor(target: TargetName, options: { dir: string; processes: number; databaseUrl: string | undefined }): ProcessSpec[] {
  const base = { PATH: process.env.PATH ?? '' };
  if (target === 'echo') return [{ args: ['dist/bench/echo-server.js', 'bare'], env: base }];
  if (target === 'sqlite') return [{ args: ['dist/bench/echo-server.js', 'sqlite', join(options.dir, 'echo.sqlite')], env: base }];
  const env = {
    ...base,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    EMBED_ORIGINS: COUNCIL_PAGE,
    ALLOWED_HOSTS: PUBLIC_HOST,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'info',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : { DATABASE_PATH: join(options.dir, 'front-door.sqlite') }),
  };
  const profile = process.env.PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROFILE_DIR}`] : [];
  return Array.from({ length: options.processes }, () => ({ args: [...profile, '--enable-source-maps', 'dist/server/main.js'], env }));
}
