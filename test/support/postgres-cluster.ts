import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { openPostgres } from '../../server/db/open-postgres.js';

const run = promisify(execFile);

export const POSTGRES_INSTALL_HINT =
  'PostgreSQL tests need the PostgreSQL server programs (initdb, pg_ctl, postgres). On Debian: `apt-get install postgresql` (.ci/run does this; ' +
  'no cluster needs to run, the tests start their own). Elsewhere set FRONT_DOOR_POSTGRES_BIN to the folder holding initdb.';

/** A throwaway PostgreSQL server on a loopback port, its data in a temp folder. For tests only: fsync is off. */
export interface PostgresCluster {
  /** Superuser URL of the `postgres` database, for creating and dropping test databases. */
  adminUrl: string;
  port: number;
  /** Stops the server at once and deletes its folder. */
  stop(): Promise<void>;
}

/** The folder holding initdb and pg_ctl, or an error carrying the install hint. */
export function findPostgresBin(): string {
  const chosen = process.env.FRONT_DOOR_POSTGRES_BIN;
  const candidates = chosen ? [chosen] : [pgConfigBin(), ...debianBins()].filter((dir): dir is string => !!dir);
  const found = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (!found) throw new Error(`No PostgreSQL server found. ${POSTGRES_INSTALL_HINT}`);
  return found;
}

function pgConfigBin(): string | undefined {
  try {
    return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** Debian's layout, newest major version first. */
function debianBins(): string[] {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((version) => /^\d+$/.test(version))
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => join(root, version, 'bin'));
}

/** PostgreSQL refuses to run as root; as root we run its programs as the `postgres` user. */
function asServerUser(dir: string): (program: string, args: string[]) => Promise<unknown> {
  if (process.getuid?.() !== 0) return (program, args) => run(program, args);
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  chownSync(dir, uid, gid);
  return (program, args) => run('runuser', ['-u', 'postgres', '--', program, ...args]);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** initdb + pg_ctl start in a fresh temp folder; retries on another port if the chosen one was taken meanwhile. */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'front-door-pg-'));
  const data = join(dir, 'data');
  try {
    const as = asServerUser(dir);
    await as(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale', 'C']);
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const settings = [`-p ${port}`, `-k ${dir}`, '-c listen_addresses=127.0.0.1', '-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off', '-c max_connections=300'];
      try {
        await as(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', settings.join(' '), 'start']);
      } catch (error) {
        if (attempt < 3) continue;
        throw error;
      }
      return {
        adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
        port,
        async stop() {
          await as(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** The same server, another database. */
export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A migrated database other databases are cloned from: about 3 times quicker than migrating each one (bench/postgres-harness.ts). */
export async function createTemplateDatabase(adminUrl: string, name = 'front_door_template'): Promise<string> {
  await admin(adminUrl, (client) => client.query(`create database "${name}" template template0`));
  const { close } = await openPostgres(databaseUrl(adminUrl, name), { poolMax: 1 });
  await close();
  // No connections to a template: CREATE DATABASE ... TEMPLATE refuses while anyone is connected.
  await admin(adminUrl, (client) => client.query(`alter database "${name}" with is_template true allow_connections false`));
  return name;
}

/** A new empty database (from template0) or a clone of `template`; its URL. */
export async function createDatabase(adminUrl: string, name: string, template = 'template0'): Promise<string> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`bad database name ${name}`);
  await admin(adminUrl, (client) => client.query(`create database "${name}" template "${template}"`));
  return databaseUrl(adminUrl, name);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await admin(adminUrl, (client) => client.query(`drop database if exists "${name}" with (force)`));
}
