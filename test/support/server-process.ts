import { spawn, type ChildProcess } from 'node:child_process';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** SIGTERM, and resolves once the process has exited. */
  stop(): Promise<void>;
}

/**
 * The real server in its own OS process (test/support/front-door-process.ts): on a PostgreSQL
 * database (`databaseUrl`) or a SQLite file (`databasePath`), its clock fixed at `now`.
 */
export function startServerProcess(where: { databaseUrl: string } | { databasePath: string }, now: Date, extraEnv: Record<string, string> = {}): Promise<ServerProcess> {
  // The child picks its dialect from its own environment: the test runner's DATABASE_URL stays here.
  const { DATABASE_URL: _url, ...inherited } = process.env;
  const env = {
    ...inherited,
    ...('databaseUrl' in where ? { DATABASE_URL: where.databaseUrl } : { DATABASE_PATH: where.databasePath }),
    FRONT_DOOR_TEST_NOW: now.toISOString(),
    ...extraEnv,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/front-door-process.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const line = output.split('\n').find((l) => l.startsWith('{"url"'));
      if (line) {
        resolve({
          url: (JSON.parse(line) as { url: string }).url,
          child,
          async stop() {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            await exited;
          },
        });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => reject(new Error(`server process exited with ${code}: ${output}`)));
  });
}
