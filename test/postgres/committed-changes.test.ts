import { afterEach, describe, expect, it } from 'vitest';
import { createAppContext, type AppContext } from '../../server/app-context.js';
import { announceChange, type CommittedChange } from '../../server/events/announce-change.js';
import { startPostgresEventRelay, type PostgresEventRelay } from '../../server/events/postgres-event-relay.js';
import { createTestDatabase, type TestDatabase } from '../support/postgres-test-database.js';

const opened: { ctx: AppContext; relay?: PostgresEventRelay }[] = [];
let database: TestDatabase | undefined;

afterEach(async () => {
  for (const { ctx, relay } of opened.splice(0)) {
    await relay?.close();
    await ctx.store.close();
  }
  await database?.drop();
  database = undefined;
});

/** A process's store and, for a listening one, its relay recording the changes it hears of. */
async function openProcess(url: string, heard?: CommittedChange[]): Promise<AppContext> {
  const ctx = await createAppContext({ databasePath: ':memory:', databaseUrl: url });
  const relay = heard
    ? await startPostgresEventRelay({ url, store: ctx.store, bus: ctx.bus, origin: ctx.store.origin, log: ctx.log, onCommittedChange: async (change) => void heard.push(change) })
    : undefined;
  opened.push({ ctx, ...(relay ? { relay } : {}) });
  return ctx;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('changes announced inside the committing transaction', () => {
  it('reach another process when the transaction commits, never before, and never when it rolls back', async () => {
    database = await createTestDatabase();
    const heard: CommittedChange[] = [];
    await openProcess(database.url, heard);
    const writer = await openProcess(database.url);

    await expect(
      writer.store.transaction(async (tx) => {
        await announceChange(tx, { kind: 'messages.stored', messageIds: ['rolled-back'] });
        throw new Error('the change fails after announcing');
      }),
    ).rejects.toThrow('the change fails');

    let commit!: () => void;
    const committing = writer.store.transaction(async (tx) => {
      await announceChange(tx, { kind: 'handoff.stored', conversationId: 'c-1', handoffId: 'h-1' });
      await new Promise<void>((resolve) => (commit = resolve));
    });
    await settle();
    expect(heard).toEqual([]);

    commit();
    await committing;
    await expect.poll(() => heard, { timeout: 5_000 }).toEqual([{ kind: 'handoff.stored', conversationId: 'c-1', handoffId: 'h-1' }]);
  });

  it("is not handed back to the process that announced it: its own sockets heard it from the verb", async () => {
    database = await createTestDatabase();
    const heardBySelf: CommittedChange[] = [];
    const self = await openProcess(database.url, heardBySelf);
    const heardByOther: CommittedChange[] = [];
    await openProcess(database.url, heardByOther);

    await self.store.transaction((tx) => announceChange(tx, { kind: 'messages.stored', messageIds: ['m-1', 'm-2'] }));
    await expect.poll(() => heardByOther, { timeout: 5_000 }).toEqual([{ kind: 'messages.stored', messageIds: ['m-1', 'm-2'] }]);
    await settle();
    expect(heardBySelf).toEqual([]);
  });
});
