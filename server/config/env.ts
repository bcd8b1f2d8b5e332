import { z } from 'zod';
import { DatabaseUrl } from './database-url.js';
import { SocketEnv } from './socket-env.js';
import { AllowedHostsEnv, TrustedProxyEnv } from '../security/security-options.js';

/** The environment, parsed once. A bad value stops the server at start with a clear message. */
export const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_PATH: z.string().default('./data/front-door.sqlite'),
  /** PostgreSQL instead of the SQLite file (several processes may share one): postgres:// or postgresql:// URL. */
  DATABASE_URL: DatabaseUrl.optional(),
  /** Connections each process keeps open to PostgreSQL; the sum over processes must stay under its max_connections. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Seed demo staff accounts on start (default in development only). */
  SEED_DEMO: z.enum(['true', 'false']).optional(),
  /** Outbound webhook for enquiry events (Standard Webhooks). Unset disables delivery. */
  WEBHOOK_URL: z.string().url().optional(),
  /** Standard Webhooks secret, "whsec_" + base64. */
  WEBHOOK_SECRET: z.string().startsWith('whsec_').optional(),
  /** Out-of-hours safeguarding alerts (Emergency Duty Team); unset falls back to WEBHOOK_URL / WEBHOOK_SECRET. */
  SAFEGUARDING_WEBHOOK_URL: z.string().url().optional(),
  SAFEGUARDING_WEBHOOK_SECRET: z.string().startsWith('whsec_').optional(),
  /** Public address of this server, for the console link in safeguarding alerts. */
  PUBLIC_URL: z.string().url().optional(),
  ...SocketEnv,
  /** Proxies whose X-Forwarded-For/-Proto we believe: unset (none), "loopback", or a hop count. */
  TRUSTED_PROXY: TrustedProxyEnv.optional(),
  /** Comma-separated Host header values we answer to; default localhost and 127.0.0.1 on our port. */
  ALLOWED_HOSTS: AllowedHostsEnv.optional(),
  /** Staff sessions end after this many idle minutes, and after this many hours in any case. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 7).default(10),
  /** Comma list of origins whose pages may embed the widget; `http://localhost:*` allows any port. Required in production. */
  EMBED_ORIGINS: z.string().optional(),
  /** pino level for the JSON logs on stdout. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
}).refine((env) => env.NODE_ENV !== 'production' || !!env.EMBED_ORIGINS?.trim(), {
  path: ['EMBED_ORIGINS'],
  message: 'must be set in production (the council sites that embed the widget)',
});
export type Env = z.infer<typeof EnvSchema>;

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty value means unset (compose writes `VAR: ${VAR:-}` for optional variables).
  const result = EnvSchema.safeParse(Object.fromEntries(Object.entries(source).filter(([, value]) => value !== '')));
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Bad configuration: ${problems}`);
  }
  return result.data;
}
