import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../scripts/build-server.js';
import { FamilyClient } from '../support/family-client.js';

const BUNDLE = '.tmp/production-test/main.js';
let dir: string;
let child: ChildProcess | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'front-door-prod-'));
  await buildServer(BUNDLE);
});
afterAll(() => {
  if (child?.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Starts the compiled server with plain node (no tsx) and resolves with its URL from the start log line. */
function startCompiled(env: Record<string, string>): Promise<{ url: string; lines: string[] }> {
  const lines: string[] = [];
  child = spawn(process.execPath, [BUNDLE], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let buffered = '';
    child!.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const parts = buffered.split('\n');
      buffered = parts.pop()!;
      for (const line of parts) {
        lines.push(line);
        const entry = JSON.parse(line) as { msg: string; url?: string };
        if (entry.msg === 'Front Door is running') resolve({ url: entry.url!, lines });
      }
    });
    child!.stderr!.on('data', (chunk: Buffer) => lines.push(chunk.toString('utf8')));
    child!.once('exit', (code) => reject(new Error(`server exited with ${code}: ${lines.join('\n')}`)));
  });
}

const portIsFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

describe('the compiled production server', () => {
  it('runs with plain node, and on SIGTERM closes widget sockets with 1001, exits 0 and frees its port', async () => {
    const { url, lines } = await startCompiled({
      NODE_ENV: 'production',
      PORT: '0',
      DATABASE_PATH: join(dir, 'prod.sqlite'),
      EMBED_ORIGINS: 'https://www.bradford.gov.uk',
      LOG_LEVEL: 'info',
    });
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    const family = await FamilyClient.start(url);
    expect(family.ready.conversationId).toBeTruthy();

    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child!.kill('SIGTERM');
    expect(await exited).toBe(0);
    await expect.poll(() => family.socket.closed?.code).toBe(1001);
    expect(await portIsFree(Number(new URL(url).port))).toBe(true);
    const messages = lines.map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(messages).toEqual(expect.arrayContaining(['shutting down', 'stopped']));
  }, 60_000);

  it('refuses to start in production without EMBED_ORIGINS, saying why', async () => {
    await expect(startCompiled({ NODE_ENV: 'production', PORT: '0', DATABASE_PATH: join(dir, 'refused.sqlite') })).rejects.toThrow(
      /EMBED_ORIGINS: must be set in production/,
    );
  }, 60_000);
});
