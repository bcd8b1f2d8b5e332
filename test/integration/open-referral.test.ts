import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultImportSettings, importIntoCatalogueFile, mergeFeed, needTermId, OrukService, OrukServiceSummary, OrukTaxonomy, orukPage, parseOrukFeed, type ImportReport } from '../../server/open-referral/index.js';
import { projectPath } from '../../server/project-root.js';
import { loadCatalogue, type Catalogue } from '../../server/resources/index.js';
import { signIn } from '../support/staff-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const FIXTURE = projectPath('test/fixtures/oruk-bradford-services.json');
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { contents: Array<{ id: string; name: string; status: string; minimum_age?: number; schedules?: Array<{ freq?: string; byday?: string; opens_at?: string; closes_at?: string }>; languages?: Array<{ code?: string }> }> };
const TODAY = '2026-12-01';
const settings = defaultImportSettings('bradford-fis-feed', TODAY);

let server: TestServer;
let dir: string;
let report: ImportReport;
let imported: Catalogue;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'front-door-oruk-'));
  const path = join(dir, 'catalogue.json');
  copyFileSync(projectPath('server/resources/catalogue.json'), path);
  report = await importIntoCatalogueFile(path, parseOrukFeed(fixture), settings);
  imported = loadCatalogue(path);
  server = await startTestServer({ now: () => new Date(`${TODAY}T10:00:00Z`), seed: true });
  // The server serves what it loaded at start; a restart after an import does the same as this.
  server.ctx.catalogue = imported;
});
afterAll(async () => {
  await server?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string) => fetch(`${server.url}${path}`);
const ServicePage = orukPage(OrukServiceSummary);
const activeFamilyServices = () => fixture.contents.filter((service) => service.status === 'active' && (service.minimum_age ?? 0) < 26);

describe('Open Referral UK import', () => {
  it('imports the active family services, says why the others were skipped, and keeps hand-written entries', () => {
    expect(report.imported).toBe(activeFamilyServices().length);
    expect(report.skipped).toEqual([expect.stringContaining('status is defunct'), expect.stringContaining('ages 60 and over')]);
    expect(imported.entries.filter((entry) => !entry.source).length).toBe(loadCatalogue().entries.length);
    const stayAndPlay = imported.entries.find((entry) => entry.name === 'Little Steps Stay and Play');
    expect(stayAndPlay).toMatchObject({ needs: ['child-development-school-readiness'], scope: 'hub', localities: ['west'], languages: ['en', 'ur', 'pa'], cost: 'free', delivery: ['in-person'], lastChecked: '2026-09-14', address: 'Girlington Road, Bradford BD8 9NN', phone: '01274 431000' });
    expect(stayAndPlay?.schedule).toEqual([{ days: ['MO', 'WE'], opens: '09:30', closes: '11:30' }, { days: ['FR'], opens: '13:00', closes: '14:30' }]);
    expect(stayAndPlay?.source).toEqual({ kind: 'open-referral', feed: 'bradford-fis-feed', serviceId: fixture.contents[0]!.id });
  });

  it('a second import of the same feed replaces its entries instead of adding copies', () => {
    const again = mergeFeed(imported, parseOrukFeed(fixture), settings);
    expect(again.report.removed).toBe(report.imported);
    expect(again.catalogue.entries).toEqual(imported.entries);
  });
});

describe('/openreferral endpoints', () => {
  it('lists services in pages whose header and contents validate against the UK profile', async () => {
    const first = await get('/openreferral/services?per_page=5');
    expect(first.status).toBe(200);
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    const page = ServicePage.parse(await first.json());
    expect(page).toMatchObject({ total_items: imported.entries.length, page_number: 1, size: 5, first_page: true, last_page: false, empty: false });
    expect(page.total_pages).toBe(Math.ceil(imported.entries.length / 5));
    const last = ServicePage.parse(await (await get(`/openreferral/services?per_page=5&page=${page.total_pages}`)).json());
    expect(last).toMatchObject({ last_page: true, first_page: false });
    const beyond = ServicePage.parse(await (await get(`/openreferral/services?per_page=5&page=${page.total_pages + 1}`)).json());
    expect(beyond).toMatchObject({ size: 0, contents: [] });
  });

  it('serves every entry in full, valid against the UK profile', async () => {
    const all = ServicePage.parse(await (await get('/openreferral/services?per_page=100')).json());
    expect(all.total_items).toBeLessThanOrEqual(100);
    for (const summary of all.contents) {
      const response = await get(`/openreferral/services/${summary.id}`);
      expect(response.status).toBe(200);
      const result = OrukService.safeParse(await response.json());
      expect(result.success, `${summary.name}: ${result.error?.message}`).toBe(true);
    }
  });

  it('round trips the fixture: names, weekly schedules, languages and mapped needs come back as they went in', async () => {
    for (const original of activeFamilyServices()) {
      const served = OrukService.parse(await (await get(`/openreferral/services/${original.id}`)).json());
      expect(served.id).toBe(original.id);
      expect(served.name).toBe(original.name);
      const weekly = (original.schedules ?? []).filter((s) => s.freq === 'WEEKLY' && s.byday && !/\d/.test(s.byday));
      expect(served.schedules?.map((s) => [s.byday, s.opens_at, s.closes_at])).toEqual(weekly.map((s) => [s.byday, s.opens_at?.slice(0, 5), s.closes_at?.slice(0, 5)]));
      expect(served.languages?.map((l) => l.code)).toEqual(original.languages?.map((l) => l.code));
    }
    const money = OrukService.parse(await (await get(`/openreferral/services/${fixture.contents[1]!.id}`)).json());
    expect(money.attributes?.map((a) => a.taxonomy_term_id)).toContain(needTermId('money-debt'));
    // What we serve imports back to the same entries: our own terms map back without the feed's mapping.
    const served = await Promise.all(activeFamilyServices().map(async (s) => (await get(`/openreferral/services/${s.id}`)).json()));
    const reimported = mergeFeed({ ...imported, entries: imported.entries.filter((entry) => !entry.source) }, parseOrukFeed(served), { ...settings, mapping: { notice: '', needsByTerm: {} } });
    expect(reimported.report.skipped).toEqual([]);
    const strip = (c: Catalogue) => c.entries.filter((e) => e.source).map(({ openingHours: _hours, ...rest }) => rest);
    expect(strip(reimported.catalogue)).toEqual(strip(imported));
  });

  it('filters by words, taxonomy term, age and day', async () => {
    const names = async (query: string) => ServicePage.parse(await (await get(`/openreferral/services?per_page=100&${query}`)).json()).contents.map((s) => s.name);
    expect(await names('search=stay%20play')).toEqual(['Little Steps Stay and Play']);
    expect(await names(`taxonomy_term_id=${needTermId('money-debt')}`)).toContain('Family Money Advice Line');
    expect(await names(`taxonomy_term_id=${needTermId('money-debt')}`)).not.toContain('Little Steps Stay and Play');
    expect(await names('day=saturday')).toEqual(['Breastfeeding Peer Support']);
    expect(await names('search=keighley%20youth&minimum_age=19')).toEqual([]);
    expect(await names('search=keighley%20youth&minimum_age=12&maximum_age=14')).toEqual(['Keighley Youth Sports Club']);
  });

  it('refuses out-of-range or malformed queries with a 400 naming the parameter, and unknown ids with a 404', async () => {
    for (const query of ['per_page=1000', 'page=0', 'taxonomy_term_id=not-a-uuid', 'day=funday', `search=${'x'.repeat(101)}`]) {
      const response = await get(`/openreferral/services?${query}`);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { issues: Array<{ path: string }> }).issues[0]?.path).toBe(query.split('=')[0]);
    }
    expect((await get('/openreferral/services/1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b')).status).toBe(404);
  });

  it('lists our taxonomies with their terms, valid against the UK profile', async () => {
    const page = orukPage(OrukTaxonomy).parse(await (await get('/openreferral/taxonomies')).json());
    expect(page.contents.map((t) => t.name)).toEqual(['Front Door needs', 'Front Door delivery']);
    expect(page.contents[0]?.taxonomy_terms?.find((t) => t.id === needTermId('housing'))?.name).toBe('Housing');
    const meta = (await (await get('/openreferral')).json()) as { version: string };
    expect(meta.version).toBe('3.0');
  });
});

describe('entries that need a check', () => {
  it('shows staff every entry last checked more than twelve months ago, with its source; families cannot see the list', async () => {
    expect((await get('/api/directory/stale')).status).toBe(401);
    const west = await signIn(server.url, 'west');
    const response = await west.fetch('/api/directory/stale');
    expect(response.status).toBe(200);
    const { entries } = (await response.json()) as { entries: Array<{ name: string; lastChecked: string; source?: { feed: string } }> };
    expect(entries.map((entry) => entry.name)).toEqual(['Keighley Youth Sports Club']);
    expect(entries[0]).toMatchObject({ lastChecked: '2024-10-01', source: { feed: 'bradford-fis-feed' } });
  });
});
