import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staff } from '../../server/db/tables.js';
import type { TranslationWorkspaceView } from '../../server/protocol/translation-bodies.js';
import { signIn, type StaffClient } from '../support/staff-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const run = promisify(execFile);
let server: TestServer;
let translator: StaffClient;
let reviewer: StaffClient;
let west: StaffClient;
let manager: StaffClient;

const change = (client: StaffClient, language: string, body: object) =>
  client.fetch(`/api/translations/${language}/changes`, { method: 'POST', body: JSON.stringify(body) });
const workspace = async (client: StaffClient, language: string) =>
  (await (await client.fetch(`/api/translations/${language}`)).json()) as TranslationWorkspaceView;
const itemOf = (view: TranslationWorkspaceView, namespace: string, key: string) =>
  view.items.find((item) => item.namespace === namespace && item.key === key);

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  // A second translator, so a review can come from someone other than the author (four eyes).
  const [marek] = await server.ctx.db.select().from(staff).where(eq(staff.username, 'translator'));
  await server.ctx.store.transaction(async (tx) => {
    await tx.insert(staff).values({ ...marek!, id: crypto.randomUUID(), username: 'reviewer', displayName: 'Nadia', createdAt: new Date().toISOString() });
  });
  [translator, reviewer, west, manager] = await Promise.all([
    signIn(server.url, 'translator'),
    signIn(server.url, 'reviewer'),
    signIn(server.url, 'west'),
    signIn(server.url, 'manager'),
  ]);
});
afterAll(async () => {
  await server.dispose();
});

describe('role access', () => {
  it('lets only translators into the workspace: staff and managers can neither read nor edit translations', async () => {
    for (const client of [west, manager]) {
      expect((await client.fetch('/api/translations')).status).toBe(403);
      expect((await client.fetch('/api/translations/ur')).status).toBe(403);
      expect((await change(client, 'ur', { namespace: 'widget', key: 'panel.title', text: 'x', review: 'draft' })).status).toBe(403);
    }
    expect((await fetch(`${server.url}/api/translations/ur`)).status).toBe(401);
  });

  it("keeps translators out of families' data", async () => {
    for (const path of ['/api/enquiries', '/api/callbacks', '/api/manager/audit', '/api/urgent-alerts']) {
      expect((await translator.fetch(path)).status).toBe(403);
    }
  });
});

describe('the workspace', () => {
  it('lists languages and puts safeguarding and consent first in the queue, nothing invented as reviewed', async () => {
    const { languages } = (await (await translator.fetch('/api/translations')).json()) as { languages: { code: string; reviewed: number }[] };
    expect(languages.map((l) => l.code)).toEqual(expect.arrayContaining(['ur', 'pl', 'ar']));
    const view = await workspace(translator, 'ur');
    expect(view.direction).toBe('rtl');
    const firstOther = view.items.findIndex((item) => !item.safety);
    expect(firstOther).toBeGreaterThan(0);
    expect(view.items.slice(firstOther).some((item) => item.safety)).toBe(false);
    expect(view.coverage.find((row) => row.namespace === 'safeguarding')).toMatchObject({ reviewed: 0 });
    expect(itemOf(view, 'safeguarding', 'actions.call')).toMatchObject({ english: 'Call {{phone}}', state: 'draft', note: expect.stringContaining('{{phone}}') });
  });

  it('refuses a text that breaks a placeholder, an unknown key and an oversized body, with the reason', async () => {
    const broken = await change(translator, 'ur', { namespace: 'safeguarding', key: 'actions.call', text: 'فون کریں', review: 'draft' });
    expect(broken.status).toBe(422);
    expect(((await broken.json()) as { error: string }).error).toMatch(/placeholder mismatch: missing \{\{phone\}\}/);
    expect((await change(translator, 'ur', { namespace: 'widget', key: 'no.such.key', text: 'x', review: 'draft' })).status).toBe(404);
    expect((await change(translator, 'ur', { namespace: 'widget', key: 'panel.title', text: 'x'.repeat(2100), review: 'draft' })).status).toBe(400);
    expect((await change(translator, 'en', { namespace: 'widget', key: 'panel.title', text: 'x', review: 'draft' })).status).toBe(404);
  });
});

describe('a pending change', () => {
  const NEW_TITLE = 'بریڈفورڈ فیملی ہب سے بات کریں';

  it('is served at once, audited, and reviewed only by a second translator', async () => {
    expect((await change(translator, 'ur', { namespace: 'widget', key: 'panel.title', text: NEW_TITLE, review: 'draft' })).status).toBe(201);
    const bundle = await fetch(`${server.url}/locales/ur/widget.json`);
    expect(bundle.headers.get('cache-control')).toBe('no-cache');
    expect(((await bundle.json()) as { panel: { title: string } }).panel.title).toBe(NEW_TITLE);

    const own = await change(translator, 'ur', { namespace: 'widget', key: 'panel.title', text: NEW_TITLE, review: 'reviewed' });
    expect(own.status).toBe(403);
    expect(((await own.json()) as { error: string }).error).toMatch(/Four eyes/);
    expect(itemOf(await workspace(reviewer, 'ur'), 'widget', 'panel.title')).toMatchObject({ state: 'draft', author: { name: 'Marek' }, changeStatus: 'pending' });

    expect((await change(reviewer, 'ur', { namespace: 'widget', key: 'panel.title', text: NEW_TITLE, review: 'reviewed' })).status).toBe(201);
    expect(itemOf(await workspace(translator, 'ur'), 'widget', 'panel.title')).toMatchObject({ state: 'reviewed', author: { name: 'Marek' } });

    const { entries } = (await (await manager.fetch('/api/manager/audit?subjectType=translation')).json()) as { entries: { action: string; subjectId: string; detail: { old: string; new: string } }[] };
    expect(entries.map((entry) => entry.action)).toEqual(['translation.reviewed', 'translation.edited']);
    expect(entries[1]).toMatchObject({ subjectId: 'ur/widget:panel.title', detail: { old: 'بریڈفورڈ فیملی ہبز چیٹ', new: NEW_TITLE } });
  });

  it('lets the author review their own text when the deployment does not require four eyes', async () => {
    server.ctx.translations.config.fourEyes = false;
    try {
      expect((await change(translator, 'pl', { namespace: 'widget', key: 'panel.minimise', text: 'Zminimalizuj czat', review: 'reviewed' })).status).toBe(201);
    } finally {
      server.ctx.translations.config.fourEyes = true;
    }
  });

  it('takes the English off Urdu safety cards once a second person reviewed every safeguarding text', async () => {
    const view = await workspace(translator, 'ur');
    const safety = view.items.filter((item) => item.namespace === 'safeguarding');
    expect(view.glossary.find((entry) => entry.term === 'Family Hub')?.translation).toBe('فیملی ہب');
    const draft = (await (await fetch(`${server.url}/api/languages`)).json()) as { safeguardingStates: Record<string, string> };
    expect(draft.safeguardingStates.ur).toBe('draft');
    // A reviewer reviews every Urdu safeguarding text as it stands (written by the files' authors).
    for (const item of safety.filter((i) => i.text !== null)) {
      expect((await change(reviewer, 'ur', { namespace: 'safeguarding', key: item.key, text: item.text, review: 'reviewed' })).status).toBe(201);
    }
    const reviewed = (await (await fetch(`${server.url}/api/languages`)).json()) as { safeguardingStates: Record<string, string>; safeguardingReviewed: string[] };
    // Untranslated keys show the English anyway; every translated one is now reviewed.
    expect(reviewed.safeguardingStates.ur).toBe('reviewed');
    expect(reviewed.safeguardingReviewed).toContain('ur');
  }, 120_000);

  it('is written into locales/ by `npm run i18n -- pull`, and a newer file is shown as a conflict, not overwritten', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'front-door-pull-'));
    try {
      cpSync('locales', dir, { recursive: true });
      // A developer changed the Polish file after the translator's edit: the edit must not win silently.
      const plFile = join(dir, 'pl', 'widget.json');
      const pl = JSON.parse(readFileSync(plFile, 'utf8')) as { panel: { minimise: string } };
      pl.panel.minimise = 'Zwiń okno czatu';
      writeFileSync(plFile, `${JSON.stringify(pl, null, 2)}\n`);
      const env = { ...process.env, ...(server.databaseUrl ? { DATABASE_URL: server.databaseUrl } : {}) };
      const result = await run('npx', ['tsx', 'scripts/i18n.ts', 'pull', '--locales', dir, '--database', server.databasePath], { env }).then(
        ({ stdout }) => ({ code: 0, out: stdout }),
        (error: { code: number; stdout: string }) => ({ code: error.code, out: error.stdout }),
      );
      expect(result.code).toBe(1);
      expect(result.out).toContain(`${dir}/ur/widget.json: panel.title: pulled (reviewed`);
      expect(result.out).toMatch(/pl\/widget\.json: panel\.minimise: conflict: the file now says "Zwiń okno czatu"; the console change .* says "Zminimalizuj czat"; not written/);

      const ur = JSON.parse(readFileSync(join(dir, 'ur', 'widget.json'), 'utf8')) as { panel: { title: string } };
      expect(ur.panel.title).toBe(NEW_TITLE);
      const meta = JSON.parse(readFileSync(join(dir, 'ur', 'widget.meta.json'), 'utf8')) as Record<string, { review: string }>;
      expect(meta['panel.title']?.review).toBe('reviewed');
      expect((JSON.parse(readFileSync(plFile, 'utf8')) as typeof pl).panel.minimise).toBe('Zwiń okno czatu');
      // Only the pulled keys changed: the rest of the file is byte for byte what it was.
      const original = readFileSync('locales/ur/widget.json', 'utf8');
      expect(readFileSync(join(dir, 'ur', 'widget.json'), 'utf8')).toBe(original.replace('بریڈفورڈ فیملی ہبز چیٹ', NEW_TITLE));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
