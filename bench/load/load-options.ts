import { parseArgs } from 'node:util';

export const TARGETS = ['echo', 'sqlite', 'front-door'] as const;
export type TargetName = (typeof TARGETS)[number];

export interface LoadOptions {
  levels: number[];
  targets: TargetName[];
  warmupMs: number;
  measureMs: number;
  /** Closed loop: a conversation sends no sooner than this after its previous send. */
  intervalMs: number;
  /** Open loop: conversations (0 skips it), one message each per period, for this long. */
  openConversations: number;
  openPeriodMs: number;
  openMs: number;
  /** Front Door processes sharing one database, clients split between them. */
  processes: number;
  /** PostgreSQL for Front Door (passed on as DATABASE_URL); unset: SQLite in a temp folder. */
  databaseUrl: string | undefined;
}

export const USAGE = `npm run bench:load -- [options]
  --levels 50,500,2000        concurrent conversations of the closed-loop runs
  --targets echo,sqlite,front-door
  --seconds 6                 measured window per level (after --warmup 2 seconds)
  --interval-ms 125           closed loop: at most one send per conversation this often (8/s; the socket limit is 10/s)
  --open-loop 2000            open loop: conversations each sending every --open-period 10 s, for --open-seconds 20 (0 skips)
  --processes 1               Front Door server processes on one database (clients split between them)
  --database-url URL          Front Door on PostgreSQL (default: DATABASE_URL from the environment, else SQLite)`;

function bounded(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`--${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  return value;
}

/** Parses and bounds the command line; a bad value throws with the flag's name. */
export function parseLoadOptions(argv: string[], env: NodeJS.ProcessEnv): LoadOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      levels: { type: 'string', default: '50,500,2000' },
      targets: { type: 'string', default: TARGETS.join(',') },
      warmup: { type: 'string', default: '2' },
      seconds: { type: 'string', default: '6' },
      'interval-ms': { type: 'string', default: '125' },
      'open-loop': { type: 'string', default: '2000' },
      'open-period': { type: 'string', default: '10' },
      'open-seconds': { type: 'string', default: '20' },
      processes: { type: 'string', default: '1' },
      'database-url': { type: 'string' },
    },
  });
  const levels = values.levels.split(',').map((level) => bounded('levels', level.trim(), 1, 5_000));
  const targets = values.targets.split(',').map((name) => {
    const target = TARGETS.find((t) => t === name.trim());
    if (!target) throw new Error(`--targets takes ${TARGETS.join(', ')} (got "${name}")`);
    return target;
  });
  const databaseUrl = values['database-url'] ?? (env.DATABASE_URL || undefined);
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error('--database-url must be a postgres:// URL');
  return {
    levels: [...new Set(levels)].sort((a, b) => a - b),
    targets: [...new Set(targets)],
    warmupMs: bounded('warmup', values.warmup, 0, 30) * 1000,
    measureMs: bounded('seconds', values.seconds, 1, 60) * 1000,
    intervalMs: bounded('interval-ms', values['interval-ms'], 100, 60_000),
    openConversations: bounded('open-loop', values['open-loop'], 0, 5_000),
    openPeriodMs: bounded('open-period', values['open-period'], 1, 60) * 1000,
    openMs: bounded('open-seconds', values['open-seconds'], 1, 120) * 1000,
    processes: bounded('processes', values.processes, 1, 8),
    databaseUrl,
  };
}
