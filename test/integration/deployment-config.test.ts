import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EnvSchema, parseEnv } from '../../server/config/index.js';
import { defaultSocketLimits } from '../../server/realtime/socket-limits.js';

/**
 * The configuration a council's IT team reads (README table, .env.example, compose.yaml) must name
 * exactly the variables the server's config schema parses, so none is undocumented or imaginary.
 */
const schemaKeys = Object.keys(EnvSchema.shape).sort();

function readmeTableKeys(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('### Configuration (environment)'));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| variable |')));
  return table
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => /^\| `([A-Z_]+)`/.exec(line)![1]!)
    .sort();
}

function hasDockerCompose(): boolean {
  try {
    execFileSync('docker', ['compose', 'version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('deployment configuration', () => {
  it('the README table lists exactly the variables of the config schema', async () => {
    expect(readmeTableKeys()).toEqual(schemaKeys);
  });

  it('.env.example sets exactly the variables of the config schema', async () => {
    const keys = readFileSync('.env.example', 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => line.split('=')[0]!)
      .sort();
    expect(keys).toEqual(schemaKeys);
    // Its defaults parse (development, where EMBED_ORIGINS may be empty).
    const env = Object.fromEntries(readFileSync('.env.example', 'utf8').split('\n').filter((line) => /^[A-Z_]+=/.test(line)).map((line) => line.split(/=(.*)/s).slice(0, 2)));
    expect(EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''))).success).toBe(true);
  });

  it('compose.yaml runs two read-only replicas on PostgreSQL with only known variables that parse', async () => {
    const compose = readFileSync('compose.yaml', 'utf8');
    const replica = compose.slice(compose.indexOf('x-front-door: &front-door\n'), compose.indexOf('\nservices:\n'));
    const environment = replica.slice(replica.indexOf('  environment:\n'), replica.indexOf('  depends_on:\n'));
    const entries = [...environment.matchAll(/^ {4}([A-Z_]+): (.*)$/gm)].map((m) => [m[1]!, m[2]!] as const);
    expect(entries.length).toBeGreaterThan(3);
    for (const [key] of entries) expect(schemaKeys).toContain(key);
    // What the replicas get when only the required variables are set: it must parse.
    const resolved = entries.map(([key, value]) => [key, value.replace(/\$\{[A-Z_]+:\?[^}]*\}/g, 'secret').replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1')]);
    const env = parseEnv(Object.fromEntries(resolved));
    expect(env.DATABASE_URL).toMatch(/^postgres:\/\/front_door:secret@postgres:5432\//);
    expect(env.TRUSTED_PROXY).toEqual({ kind: 'hops', hops: 1 });
    expect(replica).toMatch(/^ {2}read_only: true$/m);
    expect(replica).toMatch(/^ {4}test: .*\/readyz/m);
    for (const name of ['front-door-a', 'front-door-b']) expect(compose).toMatch(new RegExp(`^ {2}${name}:\n {4}<<: \\*front-door$`, 'm'));
    expect(compose).toMatch(/^ {6}- postgres-data:\/var\/lib\/postgresql\/data$/m);
    expect(compose).toMatch(/^ {6}test: \["CMD-SHELL", "pg_isready/m);
    expect(compose).toMatch(/^ {6}- \.\/deploy\/nginx\.conf:\/etc\/nginx\/conf\.d\/default\.conf:ro$/m);
    const dockerfile = readFileSync('Dockerfile', 'utf8');
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n.*\/healthz/m);
    expect(dockerfile).toContain('DATABASE_PATH=/data/front-door.sqlite');
    expect(dockerfile).toMatch(/^COPY .*\/server\/db\/postgres\/migrations /m);
  });

  it('the proxy balances over both replicas and keeps sockets open longer than the heartbeat', () => {
    const nginx = readFileSync('deploy/nginx.conf', 'utf8');
    expect([...nginx.matchAll(/^ {4}server ([a-z-]+):3000 /gm)].map((m) => m[1])).toEqual(['front-door-a', 'front-door-b']);
    const heartbeatSeconds = defaultSocketLimits('production').heartbeatMs / 1000;
    for (const directive of ['proxy_read_timeout', 'proxy_send_timeout']) {
      const seconds = Number(new RegExp(`^ +${directive} (\\d+)s;$`, 'm').exec(nginx)?.[1]);
      // Two missed pings' worth of margin: an idle but live socket is never cut by the proxy.
      expect(seconds, directive).toBeGreaterThan(2 * heartbeatSeconds);
    }
    expect(readFileSync('compose.yaml', 'utf8')).not.toContain('WS_HEARTBEAT_SECONDS');
    expect(nginx).toMatch(/^ +proxy_set_header Upgrade \$http_upgrade;$/m);
    expect(nginx).toMatch(/^ +proxy_set_header Connection \$connection_upgrade;$/m);
    expect(nginx).toMatch(/^ +proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;$/m);
    expect(nginx).toMatch(/^ +proxy_http_version 1\.1;$/m);
  });

  it.skipIf(!hasDockerCompose())('docker compose validates compose.yaml', () => {
    execFileSync('docker', ['compose', '-f', 'compose.yaml', 'config', '--quiet'], { env: { ...process.env, EMBED_ORIGINS: 'https://www.example.gov.uk', POSTGRES_PASSWORD: 'secret' } });
  });
});
