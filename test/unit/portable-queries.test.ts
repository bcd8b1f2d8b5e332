import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Domain code runs on SQLite and PostgreSQL through one Tx type that is shaped like drizzle's SQLite
 * API (server/db/store.ts). `.get()`, `.all()` and `.run()` exist only on SQLite's builders, so they
 * would type-check and then fail on PostgreSQL. Only the code that talks to one dialect on purpose
 * (the SQLite store and the SQLite side of db:copy) may use them.
 */
const SQLITE_ONLY = ['server/db/open-sqlite-store.ts', 'server/db/copy/'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('portable queries', () => {
  it('server code outside the SQLite-only files never calls .get(), .all() or .run() on a query', () => {
    const offenders = sourceFiles('server')
      .filter((path) => !SQLITE_ONLY.some((allowed) => path.startsWith(allowed)))
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .flatMap((line, i) => (/^\s*(\/\*\*|\*|\/\/)/.test(line) || !/\.(get|all|run)\(\)/.test(line) ? [] : [`${path}:${i + 1}: ${line.trim()}`])),
      );
    expect(offenders).toEqual([]);
  });
});
