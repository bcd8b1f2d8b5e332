import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EnvSchema } from '../../server/config/index.js';

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

  it('compose.yaml passes only known variables, mounts /data and runs read-only', async () => {
    const compose = readFileSync('compose.yaml', 'utf8');
    const environment = compose.slice(compose.indexOf('    environment:\n'), compose.indexOf('    volumes:\n'));
    const keys = [...environment.matchAll(/^ {6}([A-Z_]+):/gm)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(3);
    for (const key of keys) expect(schemaKeys).toContain(key);
    expect(compose).toMatch(/^ {6}- front-door-data:\/data$/m);
    expect(compose).toMatch(/^ {4}read_only: true$/m);
    const dockerfile = readFileSync('Dockerfile', 'utf8');
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n.*\/healthz/m);
    expect(dockerfile).toContain('DATABASE_PATH=/data/front-door.sqlite');
  });

  it.skipIf(!hasDockerCompose())('docker compose validates compose.yaml', () => {
    execFileSync('docker', ['compose', '-f', 'compose.yaml', 'config', '--quiet'], { env: { ...process.env, EMBED_ORIGINS: 'https://www.example.gov.uk' } });
  });
});
