import { z } from 'zod';

/**
 * Which proxies we believe about the client: none (the socket address is the client, the default),
 * `loopback` (a proxy on this machine), or a count of proxy hops in front of us. Only a trusted
 * proxy's X-Forwarded-For and X-Forwarded-Proto are read; anyone else could write them.
 */
export type TrustedProxy = { kind: 'none' } | { kind: 'loopback' } | { kind: 'hops'; hops: number };

export interface SecurityOptions {
  trustedProxy: TrustedProxy;
  /** Host header values we answer to ("host" for any port, "host:port" for one). DNS rebinding defence. */
  allowedHosts: string[];
  /** True when allowedHosts is the built-in localhost list; the server narrows it to its own port. */
  defaultHosts: boolean;
  /** A session ends after this long without use… */
  sessionIdleMs: number;
  /** …and after this long whatever happens. */
  sessionMaxMs: number;
}

export const DEFAULT_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

export const DEFAULT_SECURITY: SecurityOptions = {
  trustedProxy: { kind: 'none' },
  allowedHosts: [...DEFAULT_HOSTS],
  defaultHosts: true,
  sessionIdleMs: 30 * 60_000,
  sessionMaxMs: 10 * 3_600_000,
};

export const TrustedProxyEnv = z
  .string()
  .trim()
  .regex(/^(|none|loopback|[1-9])$/, 'use "loopback" or a number of proxy hops from 1 to 9')
  .transform((value): TrustedProxy => {
    if (value === '' || value === 'none') return { kind: 'none' };
    if (value === 'loopback') return { kind: 'loopback' };
    return { kind: 'hops', hops: Number(value) };
  });

export const AllowedHostsEnv = z
  .string()
  .transform((value) => value.split(',').map((host) => host.trim().toLowerCase()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?$/, 'a host name, optionally with :port')).min(1));

/** Security settings from the parsed environment, defaults for anything unset. */
export function securityFromEnv(env: {
  TRUSTED_PROXY?: TrustedProxy | undefined;
  ALLOWED_HOSTS?: string[] | undefined;
  SESSION_IDLE_MINUTES: number;
  SESSION_MAX_HOURS: number;
}): SecurityOptions {
  return {
    trustedProxy: env.TRUSTED_PROXY ?? DEFAULT_SECURITY.trustedProxy,
    allowedHosts: env.ALLOWED_HOSTS ?? [...DEFAULT_HOSTS],
    defaultHosts: !env.ALLOWED_HOSTS,
    sessionIdleMs: env.SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: env.SESSION_MAX_HOURS * 3_600_000,
  };
}
