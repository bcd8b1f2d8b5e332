import { existsSync, readdirSync, readFileSync } from 'node:fs';
import i18next, { type i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHAT_NAMESPACES } from './namespaces.js';
import type { LocaleTree, TextParams } from './text-catalog.js';
import { textDirection } from './text-direction.js';
import { createTranslator, type Translator } from './translator.js';

/**
 * The widget's small translator against i18next (which the server, console and toolkit keep): for
 * every key the chat can show, in every shipped locale, with representative values and counts, the
 * two give the same text. Bundles come from locales/ through the translator's own fetch path.
 */

const ORIGIN = 'https://front-door.test';
const COUNTS = [0, 1, 2, 3, 4, 5, 6, 7, 11, 12, 21, 22, 25, 100, 101, 102, 111, 1000, 1.5];
const PLURAL = /_(zero|one|two|few|many|other)$/;
const shipped = readdirSync('locales').filter((code) => existsSync(`locales/${code}/widget.json`));
const read = (code: string, ns: string): LocaleTree | null =>
  existsSync(`locales/${code}/${ns}.json`) ? (JSON.parse(readFileSync(`locales/${code}/${ns}.json`, 'utf8')) as LocaleTree) : null;

/** Every path in a tree: leaves (texts) and branches (has() is asked about both). */
function paths(tree: LocaleTree, prefix = ''): { leaves: string[]; branches: string[] } {
  const out = { leaves: [] as string[], branches: [] as string[] };
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.leaves.push(path);
    else {
      out.branches.push(path);
      const inner = paths(value, path);
      out.leaves.push(...inner.leaves);
      out.branches.push(...inner.branches);
    }
  }
  return out;
}

/** Each key once (plural forms folded to their stem), with the variables any language's text uses. */
const keys = new Map<string, { plural: boolean; variables: Set<string> }>();
const branches = new Set<string>();
for (const ns of CHAT_NAMESPACES) {
  for (const code of shipped) {
    const tree = read(code, ns);
    if (!tree) continue;
    const found = paths(tree);
    for (const branch of found.branches) branches.add(`${ns}:${branch}`);
    for (const leaf of found.leaves) {
      const stem = leaf.replace(PLURAL, '');
      const entry = keys.get(`${ns}:${stem}`) ?? { plural: false, variables: new Set<string>() };
      entry.plural ||= stem !== leaf;
      let node: unknown = tree;
      for (const part of leaf.split('.')) node = (node as LocaleTree)[part];
      for (const match of String(node).matchAll(/\{\{(.+?)\}\}/g)) entry.variables.add(match[1]!.trim());
      keys.set(`${ns}:${stem}`, entry);
    }
  }
}

/** Representative calls for one key: no values, every value, one value missing, and each count. */
function calls(entry: { plural: boolean; variables: Set<string> }): (TextParams | undefined)[] {
  const values: TextParams = Object.fromEntries([...entry.variables].filter((v) => v !== 'count').map((v, i) => [v, i % 2 ? 7 : `Ayesha ${v}`]));
  const out: (TextParams | undefined)[] = [undefined, values];
  if (entry.variables.size > 1) out.push(Object.fromEntries(Object.entries(values).slice(1)));
  if (entry.plural || entry.variables.has('count')) for (const count of COUNTS) out.push({ ...values, count });
  return out;
}

const fileFetch = async (url: string) => {
  const [, code, file] = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(url)!;
  const tree = read(decodeURIComponent(code!), file!);
  return tree ? new Response(JSON.stringify(tree)) : new Response('{}', { status: 404 });
};

/** i18next set up as the widget used it before the small translator. */
async function referenceFor(chain: string[]): Promise<i18n> {
  const [first, ...rest] = chain;
  const fallbacks = new Map([[first!, [...rest, 'en']]]);
  const instance = i18next.createInstance();
  await instance.init({
    lng: first,
    fallbackLng: (code: string | undefined) => (code && fallbacks.get(code)) || ['en'],
    ns: [...CHAT_NAMESPACES],
    defaultNS: 'widget',
    resources: {},
    partialBundledLanguages: true,
    initAsync: false,
    returnEmptyString: false,
    interpolation: { escapeValue: false },
  });
  for (const code of new Set([...chain.flatMap((c) => [c, c.split('-')[0]!]), 'en'])) {
    for (const ns of CHAT_NAMESPACES) {
      const tree = read(code, ns);
      if (tree) instance.addResourceBundle(code, ns, tree, true, true);
    }
  }
  return instance;
}

async function translatorFor(chain: string[]): Promise<Translator> {
  const translator = createTranslator(ORIGIN, false, null, fileFetch);
  translator.knowTranslated(shipped);
  await translator.use(chain, CHAT_NAMESPACES);
  return translator;
}

// Each shipped language as chosen, as a browser tag with a region, and through a second language.
const chains = shipped.flatMap((code) => [[code], [`${code.split('-')[0]}-GB`], [code, code === 'ar' ? 'fa' : 'ar']]);

describe('the small translator gives i18next’s text', () => {
  it('covers every namespace the chat shows, in more than one language', () => {
    expect(shipped.length).toBeGreaterThan(5);
    expect(keys.size).toBeGreaterThan(200);
    expect([...keys.values()].some((k) => k.plural)).toBe(true);
  });

  for (const chain of chains) {
    describe(chain.join(' then '), () => {
      let reference: i18n;
      let small: Translator;
      beforeAll(async () => {
        [reference, small] = await Promise.all([referenceFor(chain), translatorFor(chain)]);
      });

      it('for every key, value and count', () => {
        const differences: string[] = [];
        for (const [key, entry] of keys) {
          for (const params of calls(entry)) {
            const expected = params ? reference.t(key, params) : reference.t(key);
            const actual = small.t(key, params);
            if (actual !== expected) differences.push(`${key} ${JSON.stringify(params)}: ${JSON.stringify(actual)} != ${JSON.stringify(expected)}`);
          }
          const english = small.english(key, { count: 2 });
          if (english !== reference.t(key, { count: 2, lng: 'en' })) differences.push(`english ${key}: ${english}`);
        }
        expect(differences).toEqual([]);
      });

      it('for whether a key exists, including branches and unknown keys', () => {
        const asked = [...keys.keys(), ...branches, 'widget:no.such.key', 'flows:nothing', 'launcher.label', 'launcher.unread'];
        expect(asked.filter((key) => small.has(key) !== reference.exists(key))).toEqual([]);
        expect(small.t('widget:no.such.key')).toBe(reference.t('widget:no.such.key'));
      });

      it('for the language shown and its direction', () => {
        expect(small.dir.value).toBe(reference.dir(small.lang.value));
      });
    });
  }

  it('agrees on the direction of every language in the picker', async () => {
    const { listLanguages } = await import('../../server/i18n/index.js');
    const codes = [...listLanguages().map((l) => l.code), ...shipped, 'pa-Arab', 'pa-Guru', 'ku-Arab', 'az-Latn', 'xx-Arab'];
    const reference = i18next.createInstance();
    await reference.init({ initAsync: false });
    expect(codes.filter((code) => textDirection(code) !== reference.dir(code))).toEqual([]);
  });
});
