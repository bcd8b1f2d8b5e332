import { z } from 'zod';

/** The environment, parsed once. A bad value stops the server at start with a clear message. */
export const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_PATH: z.string().default('./data/front-door.sqlite'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Seed demo staff accounts on start (default in development only). */
  SEED_DEMO: z.enum(['true', 'false']).optional(),
  /** Outbound webhook for enquiry events (Standard Webhooks). Unset disables delivery. */
  WEBHOOK_URL: z.string().url().optional(),
  /** Standard Webhooks secret, "whsec_" + base64. */
  WEBHOOK_SECRET: z.string().startsWith('whsec_').optional(),
  /** Comma list of origins whose pages may embed the widget; `http://localhost:*` allows any port. Required in production. */
  EMBED_ORIGINS: z.string().optional(),
  /** `true` only behind a reverse proxy that sets X-Forwarded-Proto/-For; otherwise those headers are ignored. */
  TRUSTED_PROXY: z.enum(['true', 'false']).default('false'),
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
