import { z } from 'zod';
import { SocketEnv } from './socket-env.js';

/** The environment, parsed once. A bad value stops the server at start with a clear message. */
const Env = z.object({
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
  /** Out-of-hours safeguarding alerts (Emergency Duty Team); unset falls back to WEBHOOK_URL / WEBHOOK_SECRET. */
  SAFEGUARDING_WEBHOOK_URL: z.string().url().optional(),
  SAFEGUARDING_WEBHOOK_SECRET: z.string().startsWith('whsec_').optional(),
  /** Public address of this server, for the console link in safeguarding alerts. */
  PUBLIC_URL: z.string().url().optional(),
  ...SocketEnv,
});
export type Env = z.infer<typeof Env>;

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = Env.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Bad configuration: ${problems}`);
  }
  return result.data;
}
