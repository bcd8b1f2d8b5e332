/**
 * The widget's translator core: a few hundred bytes instead of i18next (which was 44% of the
 * widget bundle). It follows i18next's behaviour for everything the widget's texts use, and
 * widget/model/translator.contract.test.ts holds it to i18next's output for every key in every
 * shipped locale: `ns:key.path` keys, the fallback chain (tag, script, base language, then the
 * given fallbacks), empty strings counting as missing, `{{name}}` interpolation (a variable not
 * passed at all stays as written), and plurals by Intl.PluralRules with i18next's `_zero` (for 0),
 * `_one`, `_two`, `_few`, `_many`, `_other` suffixes. No nesting, context or formatting: no widget
 * text uses them (the contract test would fail if one did).
 */
export type LocaleTree = { [key: string]: string | LocaleTree };
export type TextParams = Record<string, string | number>;
type Found = string | LocaleTree | undefined;

const DEFAULT_NAMESPACE = 'widget';
const VARIABLE = /\{\{(.+?)\}\}/g;

function canonical(code: string): string {
  if (!code.includes('-')) return code;
  try {
    return Intl.getCanonicalLocales(code)[0] ?? code;
  } catch {
    return code;
  }
}

/** The codes i18next tries for `code`, in order: `zh-Hant-TW`, `zh-Hant`, `zh`, then `fallbacks`. */
export function resolutionOrder(code: string, fallbacks: readonly string[]): string[] {
  const clean = code.replace(/_/g, '-');
  const codes: string[] = [];
  if (clean.includes('-')) {
    const parts = clean.split('-');
    codes.push(canonical(clean));
    if (parts.length > 2 && parts[parts.length - 2]!.toLowerCase() !== 'x') codes.push(canonical(parts.slice(0, -1).join('-')));
    codes.push(canonical(parts[0]!));
  } else {
    codes.push(clean);
  }
  for (const fallback of fallbacks) if (!codes.includes(fallback)) codes.push(canonical(fallback));
  return codes;
}

const plurals = new Map<string, Intl.PluralRules>();
function pluralCategory(code: string, count: number): string {
  let rules = plurals.get(code);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(code.replace(/_/g, '-'));
    } catch {
      rules = new Intl.PluralRules('en');
    }
    plurals.set(code, rules);
  }
  return rules.select(count);
}

function isTree(value: unknown): value is LocaleTree {
  return typeof value === 'object' && value !== null;
}

function merge(target: LocaleTree, source: LocaleTree): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (isTree(value) && isTree(existing)) merge(existing, value);
    else target[key] = isTree(value) ? structuredClone(value) : value;
  }
}

function interpolate(text: string, params: TextParams): string {
  return text.replace(VARIABLE, (match, name: string) => {
    const key = name.trim();
    if (!Object.prototype.hasOwnProperty.call(params, key)) return match;
    const value = params[key];
    return value == null ? '' : String(value);
  });
}

export interface TextCatalog {
  /** Adds or deep-merges one namespace of one language (a later bundle wins). */
  add(code: string, namespace: string, tree: LocaleTree): void;
  hasBundle(code: string, namespace: string): boolean;
  /** i18next's `exists`: a value (even an empty one) was found along `codes`. */
  exists(codes: readonly string[], key: string): boolean;
  /** The text, or the key itself (without its namespace) when no language has it. */
  translate(codes: readonly string[], key: string, params?: TextParams): string;
}

export function createTextCatalog(): TextCatalog {
  const data = new Map<string, LocaleTree>();

  function get(code: string, namespace: string, path: string): Found {
    let node: Found = data.get(`${code}\u0000${namespace}`);
    for (const part of path.split('.')) node = isTree(node) && Object.prototype.hasOwnProperty.call(node, part) ? node[part] : undefined;
    return node;
  }

  /** Like i18next's resolve: the last looked-up value, stopping at the first non-empty one. */
  function resolve(codes: readonly string[], fullKey: string, count: number | undefined): Found {
    const colon = fullKey.indexOf(':');
    const namespace = colon > 0 ? fullKey.slice(0, colon) : DEFAULT_NAMESPACE;
    const key = colon > 0 ? fullKey.slice(colon + 1).split(':').join('.') : fullKey;
    let found: Found;
    for (const code of codes) {
      const candidates = [key];
      if (count !== undefined) {
        candidates.push(`${key}_${pluralCategory(code, count)}`);
        if (count === 0) candidates.push(`${key}_zero`);
      }
      for (let i = candidates.length - 1; i >= 0; i--) {
        found = get(code, namespace, candidates[i]!);
        if (found !== undefined && found !== '') return found;
      }
    }
    return found;
  }

  return {
    add(code, namespace, tree) {
      const id = `${code}\u0000${namespace}`;
      const existing = data.get(id) ?? {};
      merge(existing, tree);
      data.set(id, existing);
    },
    hasBundle: (code, namespace) => data.has(`${code}\u0000${namespace}`),
    exists: (codes, key) => resolve(codes, key, undefined) !== undefined,
    translate(codes, key, params) {
      const count = typeof params?.count === 'number' ? params.count : undefined;
      const found = resolve(codes, key, count);
      if (typeof found !== 'string' || found === '') {
        const colon = key.indexOf(':');
        return colon > 0 ? key.slice(colon + 1).split(':').join('.') : key;
      }
      return params ? interpolate(found, params) : found;
    },
  };
}
