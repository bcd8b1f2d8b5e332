import type { Store } from '../db/index.js';
import { staff } from '../db/tables.js';
import type { StaffRole } from '../protocol/index.js';
import { hashPassword, PASSWORD_COST, type PasswordCost } from './password.js';

export const DEMO_PASSWORD = 'front-door-demo';

interface DemoAccount {
  username: string;
  displayName: string;
  role: StaffRole;
  locality: string | null;
  languages: string[];
}

/** One account per hub, a manager and a translator, so the demo can be tried from every side. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'west', displayName: 'Aisha', role: 'staff', locality: 'west', languages: ['en', 'ur', 'pa-Arab'] },
  { username: 'south', displayName: 'Tom', role: 'staff', locality: 'south', languages: ['en', 'pl'] },
  { username: 'east', displayName: 'Sam', role: 'staff', locality: 'east', languages: ['en'] },
  { username: 'keighley', displayName: 'Priya', role: 'staff', locality: 'keighley-shipley', languages: ['en', 'bn'] },
  { username: 'manager', displayName: 'Jo', role: 'manager', locality: null, languages: ['en'] },
  { username: 'translator', displayName: 'Marek', role: 'translator', locality: null, languages: ['en', 'pl', 'sk', 'cs'] },
];

/**
 * The demo accounts share one published password, so one full-cost hash (same salt) serves them
 * all: it reveals nothing the README does not, and seeding costs one scrypt per process instead of
 * six per server (tests start dozens). Real accounts are never seeded and keep a salt each.
 * Test servers pass a lower cost (test/support/test-server.ts) so each test file's seeding and
 * demo sign-ins are quick; main.ts passes none, so a deployment's demo hash is full cost.
 */
const demoHashes = new Map<string, Promise<string>>();

/** Adds any missing demo account; existing ones (and their passwords) are left alone. */
export async function seedDemoStaff(store: Store, { cost = PASSWORD_COST }: { cost?: PasswordCost } = {}): Promise<DemoAccount[]> {
  const existing = new Set((await store.db.select({ username: staff.username }).from(staff)).map((r) => r.username));
  const missing = DEMO_ACCOUNTS.filter((a) => !existing.has(a.username));
  if (missing.length === 0) return DEMO_ACCOUNTS;
  const key = `${cost.N}$${cost.r}$${cost.p}`;
  if (!demoHashes.has(key)) demoHashes.set(key, hashPassword(DEMO_PASSWORD, cost));
  const passwordHash = await demoHashes.get(key)!;
  await store.transaction(async (tx) => {
    // Several processes may seed one database at once: whoever comes second adds nothing.
    await tx
      .insert(staff)
      .values(missing.map((account) => ({ id: crypto.randomUUID(), ...account, passwordHash })))
      .onConflictDoNothing({ target: staff.username });
  });
  return DEMO_ACCOUNTS;
}
