import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { districtLocalities, loadHubsConfig } from '../server/config/index.js';
import { appendMessages } from '../server/transcript/index.js';
import { openSqliteStore } from '../server/db/index.js';
import { conversations } from '../server/db/schema.js';
import { loadFlows, startFlow, step, type FlowEnv } from '../server/flow-engine/index.js';
import { loadCatalogue, matchResources } from '../server/resources/index.js';
import { detectDanger, loadPhraseBook, loadSafeguardingModel, normaliseText } from '../server/safeguarding/index.js';
import { createAppContext } from '../server/app-context.js';
import { benchConversationSearch } from './conversation-search-bench.js';
import { reportDetectorScaling } from './detector-scaling.js';
import { reportScorecardYear } from './scorecard-year.js';
import { benchDirectorySearch } from './directory-search.js';
import { measure, measureAsync, report } from './measure.js';

/** `npm run bench`: each hot path against a simple baseline measured in the same run. */

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

// 1. Safeguarding: every family message is screened against every language's lexicon and the rules.
const book = loadPhraseBook(root('locales'));
// The trained model runs when the rules find nothing, as on these ordinary messages: its worst case.
const bookWithModel = { ...book, model: loadSafeguardingModel() };
const message = 'We are behind on the rent and my son is struggling at school since we moved house last spring';
const phrases = ['kill myself', 'hit me', 'hurt my child', 'knife', 'want to die', 'beats me'];
report(
  'Safeguarding screening of one typical 20-word message (all languages, rules, typos for en+ur)',
  measure('lower-case substring search for 6 English phrases', () => phrases.some((p) => message.toLowerCase().includes(p))),
  [
    measure('normaliseText', () => normaliseText(message)),
    measure('detectDanger', () => detectDanger(message, book, { languages: ['ur'] })),
    measure('detectDanger with the trained model', () => detectDanger(message, bookWithModel, { languages: ['ur'] })),
  ],
);
// A long message (4,000 characters of ordinary words in several scripts) must not stall the others.
const longMessage = [
  message,
  'میرے بیٹے کو اسکول میں مدد چاہیے اور ہمیں گھر کے کرایے کے بارے میں مشورہ چاہیے',
  'Potrzebuję pomocy z mieszkaniem i szkołą dla moich dzieci',
  'আমার ছেলের স্কুলে সাহায্য দরকার',
].join('. ').repeat(20).slice(0, 4000);
report(
  'Safeguarding screening of a 4,000-character message',
  measure('lower-case substring search for 6 English phrases', () => phrases.some((p) => longMessage.toLowerCase().includes(p))),
  [
    measure('detectDanger', () => detectDanger(longMessage, book, { languages: ['ur'] })),
    measure('detectDanger with the trained model', () => detectDanger(longMessage, bookWithModel, { languages: ['ur'] })),
  ],
);
reportDetectorScaling(root('locales'), [
  { label: '20 words', text: message },
  { label: '4,000 characters', text: longMessage },
]);

// 2. Flow engine: one step of the intake, against the JSON round trip the edge does anyway.
const flow = loadFlows(root('flows')).get('family-front-door')!;
const catalogue = loadCatalogue();
const env: FlowEnv = {
  language: 'en',
  districtLocalities: districtLocalities(loadHubsConfig()),
  matchResources: (query) => matchResources(catalogue, query),
};
const started = startFlow(flow, env).state;
report(
  'Flow engine step (answer "who is asking")',
  measure('JSON round trip of the flow state', () => JSON.parse(JSON.stringify(started))),
  [measure('step', () => step(flow, started, { type: 'answer', nodeId: 'who', values: ['parent-carer'] }, env))],
);

// 3. Resources: ranking the whole catalogue, against sorting it by id.
const query = { needs: ['money-debt', 'housing'] as const, ageBands: ['2-4', '5-11'] as const, locality: 'south' as const, language: 'ur', page: 0, pageSize: 4 };
report(
  'Resource matching over the catalogue',
  measure('copy and sort the catalogue by id', () => [...catalogue.entries].sort((a, b) => a.id.localeCompare(b.id))),
  [measure('matchResources', () => matchResources(catalogue, { ...query, needs: [...query.needs], ageBands: [...query.ageBands] }))],
);

// 4. Durable messages: the cost of an acknowledged message (synchronous=FULL transaction).
const dir = mkdtempSync(join(tmpdir(), 'front-door-bench-'));
const store = openSqliteStore(join(dir, 'bench.sqlite'));
const raw = new Database(join(dir, 'bench.sqlite'));
const id = crypto.randomUUID();
await store.transaction((tx) => tx.insert(conversations).values({ id, tokenHash: 'x', flowId: flow.id, flowState: started, language: 'en' }));
const rawInsert = raw.prepare('insert into audit_log (actor_id, actor_role, action, subject_type, subject_id, at) values (?, ?, ?, ?, ?, ?)');
const short = { warmupMs: 100, durationMs: 700 };
report(
  'Storing one family message durably',
  measure('raw prepared INSERT in a transaction', () => raw.transaction(() => rawInsert.run('a', 'b', 'c', 'd', 'e', 'f'))(), short),
  [await measureAsync('appendMessages in a store transaction', () => store.transaction((tx) => appendMessages(tx, id, [{ author: 'family', content: { kind: 'text', text: message } }], new Date())), short)],
);
raw.close();
await store.close();
rmSync(dir, { recursive: true, force: true });

// 5. The Early Help scorecard over a year of contacts.
reportScorecardYear(loadHubsConfig());
// 6. Directory search (#15): the public directory page and the console's share search.
benchDirectorySearch(catalogue);
// 7. Staff search over 100,000 family messages (bench/conversation-search.ts runs it on PostgreSQL too).
const searchDir = mkdtempSync(join(tmpdir(), 'front-door-search-'));
const searchCtx = await createAppContext({ databasePath: join(searchDir, 'search.sqlite') });
await benchConversationSearch(searchCtx);
await searchCtx.store.close();
rmSync(searchDir, { recursive: true, force: true });

// Sockets under load (servers in child processes, several minutes): a separate command.
console.log('\nLoad: npm run bench:load (ws echo vs ws+SQLite FULL vs Front Door at 50/500/2,000 conversations; docs/performance.md)');
