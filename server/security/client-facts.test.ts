import { describe, expect, it } from 'vitest';
import { parseEnv } from '../config/index.js';
import { isAllowedHost } from './allowed-host.js';
import { clientFacts } from './client-facts.js';
import { securityFromEnv } from './security-options.js';

const headers = (h: Record<string, string>) => new Headers(h);

describe('clientFacts', () => {
  const forwarded = headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.5', 'x-forwarded-proto': 'https' });

  it('trusts nothing by default: the socket address, and TLS only if the socket is TLS', () => {
    expect(clientFacts({ kind: 'none' }, { remoteAddress: '::ffff:127.0.0.1', encrypted: false, headers: forwarded })).toEqual({ ip: '127.0.0.1', secure: false });
    expect(clientFacts({ kind: 'none' }, { remoteAddress: '198.51.100.1', encrypted: true, headers: forwarded })).toEqual({ ip: '198.51.100.1', secure: true });
  });

  it('with a loopback proxy, believes the headers only from loopback, and takes the nearest non-loopback address', () => {
    expect(clientFacts({ kind: 'loopback' }, { remoteAddress: '127.0.0.1', encrypted: false, headers: forwarded })).toEqual({ ip: '203.0.113.5', secure: true });
    expect(clientFacts({ kind: 'loopback' }, { remoteAddress: '198.51.100.1', encrypted: false, headers: forwarded })).toEqual({ ip: '198.51.100.1', secure: false });
  });

  it('with hops, counts from the right so a client-written entry is never taken', () => {
    expect(clientFacts({ kind: 'hops', hops: 1 }, { remoteAddress: '10.0.0.2', encrypted: false, headers: forwarded }).ip).toBe('203.0.113.5');
    expect(clientFacts({ kind: 'hops', hops: 2 }, { remoteAddress: '10.0.0.2', encrypted: false, headers: forwarded }).ip).toBe('6.6.6.6');
    expect(clientFacts({ kind: 'hops', hops: 1 }, { remoteAddress: '10.0.0.2', encrypted: false, headers: headers({ 'x-forwarded-for': 'not-an-ip' }) }).ip).toBe('10.0.0.2');
  });

  it('reads the proxy-set X-Forwarded-Proto, the last value when appended', () => {
    const appended = headers({ 'x-forwarded-proto': 'https, http' });
    expect(clientFacts({ kind: 'hops', hops: 1 }, { remoteAddress: '10.0.0.2', encrypted: false, headers: appended }).secure).toBe(false);
  });
});

describe('security settings from the environment', () => {
  it('parses TRUSTED_PROXY, ALLOWED_HOSTS and session lifetimes, and refuses nonsense', () => {
    const env = parseEnv({ TRUSTED_PROXY: '2', ALLOWED_HOSTS: 'Front-Door.example.gov.uk, localhost:3000', SESSION_IDLE_MINUTES: '15' });
    expect(securityFromEnv(env)).toMatchObject({ trustedProxy: { kind: 'hops', hops: 2 }, allowedHosts: ['front-door.example.gov.uk', 'localhost:3000'], defaultHosts: false, sessionIdleMs: 15 * 60_000 });
    expect(securityFromEnv(parseEnv({}))).toMatchObject({ trustedProxy: { kind: 'none' }, defaultHosts: true, sessionMaxMs: 10 * 3_600_000 });
    expect(() => parseEnv({ TRUSTED_PROXY: 'everyone' })).toThrow(/TRUSTED_PROXY/);
    expect(() => parseEnv({ ALLOWED_HOSTS: 'http://x.example/' })).toThrow(/ALLOWED_HOSTS/);
  });
});

describe('isAllowedHost', () => {
  it('matches a name on any port or a name:port exactly, ignoring case', () => {
    expect(isAllowedHost(['front-door.example', 'localhost:3000'], 'Front-Door.example:443')).toBe(true);
    expect(isAllowedHost(['front-door.example', 'localhost:3000'], 'localhost:3000')).toBe(true);
    expect(isAllowedHost(['front-door.example', 'localhost:3000'], 'localhost:3001')).toBe(false);
    expect(isAllowedHost(['front-door.example'], 'front-door.example.attacker.example')).toBe(false);
    expect(isAllowedHost(['front-door.example'], undefined)).toBe(false);
  });
});
