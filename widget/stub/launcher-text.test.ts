import { describe, expect, it } from 'vitest';
import type { EmbedConfig } from '../model/embed-config.js';
import { firstRequests } from './first-requests.js';
import { launcherText } from './launcher-text.js';

const labels = { en: 'Chat with Family Hubs', ur: 'فیملی ہبز سے چیٹ کریں', pl: 'Czat z Family Hubs', 'pa-Arab': 'پنجابی' };
const config = (over: Partial<EmbedConfig> = {}): EmbedConfig => ({
  origin: 'https://fd.test',
  socketUrl: 'wss://fd.test/ws/widget',
  exitUrl: 'https://www.bbc.co.uk/weather',
  preferred: [],
  preview: null,
  showKeys: false,
  route: 'family',
  ...over,
});

describe('the launcher’s words before the chat is fetched', () => {
  it('follows the language the family last read the chat in, then the page’s or browser’s first language', () => {
    expect(launcherText(config({ preferred: ['pl'] }), { language: 'ur' }, labels)).toEqual({ label: labels.ur, lang: 'ur', dir: 'rtl' });
    expect(launcherText(config({ preferred: ['ur'] }), { language: 'so', fallbackLanguage: 'pl' }, labels)).toEqual({ label: labels.pl, lang: 'pl', dir: 'ltr' });
    expect(launcherText(config({ preferred: ['pl-PL', 'ur'] }), null, labels)).toEqual({ label: labels.pl, lang: 'pl', dir: 'ltr' });
    expect(launcherText(config({ preferred: ['pa-Arab'] }), null, labels)).toEqual({ label: labels['pa-Arab'], lang: 'pa-Arab', dir: 'rtl' });
  });

  it('falls back to English for a language without a translation, as the chat does', () => {
    expect(launcherText(config({ preferred: ['fr', 'pl'] }), null, labels)).toEqual({ label: labels.en, lang: 'en', dir: 'ltr' });
    expect(launcherText(config(), null, labels)).toEqual({ label: labels.en, lang: 'en', dir: 'ltr' });
  });

  it('in translators’ preview, keeps the previewed language and shows key names when asked', () => {
    expect(launcherText(config({ preview: 'ar' }), { language: 'ar' }, labels)).toEqual({ label: labels.en, lang: 'ar', dir: 'rtl' });
    expect(launcherText(config({ showKeys: true }), null, labels).label).toBe('widget:launcher.label');
  });
});

describe('what the stub asks for alongside the chat bundle', () => {
  const shipped = Object.keys(labels);
  it('only files this release has: no 404 for a browser language without a translation', () => {
    expect(firstRequests('https://fd.test', 'fr-FR', null, false, shipped)).toEqual(['https://fd.test/locales/en/widget.json']);
    expect(firstRequests('https://fd.test', 'pl-PL', null, true, shipped)).toEqual([
      'https://fd.test/locales/pl/widget.json',
      'https://fd.test/locales/en/widget.json',
      'https://fd.test/api/languages',
    ]);
  });

  it('a returning family’s conversation texts when the panel opens on their chat', () => {
    const urls = firstRequests('https://fd.test', 'ur', { language: 'ur' }, true, shipped);
    expect(urls).toContain('https://fd.test/locales/ur/flows.json');
    expect(urls).toContain('https://fd.test/locales/en/safeguarding.json');
    expect(new Set(urls).size).toBe(urls.length);
  });
});
