import { sql } from 'drizzle-orm';
import type { AppContext } from '../server/app-context.js';
import type { StaffRow } from '../server/auth/index.js';
import { listConversations } from '../server/conversation-search/index.js';
import { rawRows } from '../server/db/dialect.js';
import { conversations, familyWords, handoffs, messages } from '../server/db/tables.js';
import { ConversationListQuery } from '../server/protocol/index.js';

/**
 * Staff search over 100,000 family messages (10,000 conversations of 10 messages, five queues),
 * through the whole verb (access-scoped query, excerpts, audit row), against a baseline measured
 * in the same run: one unindexed LIKE scan of the same words. Prints p50/p95 of 200 searches.
 */
const CONVERSATIONS = 10_000;
const MESSAGES_EACH = 10;
const QUEUES = ['west', 'south', 'east', 'keighley-shipley', 'shared'];

/** A small deterministic generator, so every run searches the same text. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const next = random(16);
const syllables = ['ka', 'ro', 'mi', 'se', 'tan', 'lo', 'ver', 'du', 'pa', 'shi', 'nor', 'el', 'ba', 'quin', 'zo', 'ra'];
const vocabulary = Array.from({ length: 3000 }, () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => syllables[Math.floor(next() * syllables.length)]).join(''));
// Zipf-like: a few words are everywhere, most are rare, as in people's messages.
const word = () => vocabulary[Math.floor(vocabulary.length * next() ** 3)]!;
const sentence = () => Array.from({ length: 6 + Math.floor(next() * 20) }, word).join(' ');

/** Bulk rows, as a busy year would leave them (appendMessages' own cost is bench/run.ts's "Storing one family message"). */
async function seed(ctx: AppContext): Promise<void> {
  const at = Date.parse('2026-11-24T11:00:00Z');
  for (let batch = 0; batch < CONVERSATIONS / 100; batch++) {
    const rows = Array.from({ length: 100 }, (_, i) => {
      const n = batch * 100 + i;
      const queue = QUEUES[n % QUEUES.length]!;
      return { id: crypto.randomUUID(), n, queue, created: new Date(at - n * 60_000).toISOString() };
    });
    const said = rows.flatMap((row) =>
      Array.from({ length: MESSAGES_EACH }, (_, seq) => ({ id: crypto.randomUUID(), conversationId: row.id, seq: seq + 1, author: 'family' as const, content: { kind: 'text', text: sentence() }, createdAt: row.created })),
    );
    await ctx.store.transaction(async (tx) => {
      await tx.insert(conversations).values(rows.map((row) => ({ id: row.id, tokenHash: 'bench', flowId: 'bench', flowState: {}, language: 'en', locality: row.queue === 'shared' ? 'any' : row.queue, createdAt: row.created, updatedAt: row.created })));
      await tx.insert(handoffs).values(rows.map((row) => ({ id: crypto.randomUUID(), conversationId: row.id, locality: row.queue, status: row.n % 7 === 0 ? ('waiting' as const) : ('ended' as const), requestedAt: row.created })));
      for (let i = 0; i < said.length; i += 250) {
        const chunk = said.slice(i, i + 250);
        await tx.insert(messages).values(chunk);
        await tx.insert(familyWords).values(chunk.map((m) => ({ messageId: m.id, conversationId: m.conversationId, body: m.content.text })));
      }
    });
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

export async function benchConversationSearch(ctx: AppContext): Promise<void> {
  const seeding = performance.now();
  await seed(ctx);
  console.log(`\nConversation search over ${(CONVERSATIONS * MESSAGES_EACH).toLocaleString('en-GB')} family messages (${ctx.store.dialect}; seeded in ${Math.round((performance.now() - seeding) / 1000)} s)`);
  const west = { id: 'bench-west', role: 'staff', locality: 'west', displayName: 'Bench', username: 'bench-west' } as StaffRow;
  const manager = { id: 'bench-manager', role: 'manager', locality: null, displayName: 'Bench', username: 'bench-manager' } as StaffRow;
  const queries = Array.from({ length: 200 }, (_, i) => {
    const kind = i % 10;
    if (kind < 4) return vocabulary[1000 + Math.floor(next() * 2000)]!; // a rarer word
    if (kind < 7) return vocabulary[200 + Math.floor(next() * 800)]!; // a middling word
    if (kind < 9) return `${word()} ${word()}`; // two words, both required
    return word().slice(0, 4); // the start of a word, as staff type
  });

  const timings = async (run: (q: string, i: number) => Promise<unknown>) => {
    for (const q of queries.slice(0, 20)) await run(q, 0); // warm-up
    const ms: number[] = [];
    for (const [i, q] of queries.entries()) {
      const started = performance.now();
      await run(q, i);
      ms.push(performance.now() - started);
    }
    return ms.sort((a, b) => a - b);
  };
  const baseline = await timings((q) => rawRows(ctx.db, sql`select conversation_id from family_words where lower(body) like ${`%${q.split(' ')[0]}%`} limit 50`));
  const search = await timings((q, i) => listConversations({ ctx, actor: i % 5 === 0 ? manager : west, query: ConversationListQuery.parse({ q }) }));
  const line = (name: string, ms: number[]) => `p50 ${percentile(ms, 0.5).toFixed(1)} ms, p95 ${percentile(ms, 0.95).toFixed(1)} ms`;
  console.log(`  baseline  unindexed LIKE scan of family_words for one word (first 50): ${line('', baseline)}`);
  console.log(`  listConversations with q (hub staff and managers, audited): ${line('', search)} — p95 ${(percentile(search, 0.95) / percentile(baseline, 0.95)).toFixed(2)}× the baseline's; target p95 < 50 ms`);
}
