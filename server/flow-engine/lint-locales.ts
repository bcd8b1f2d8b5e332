import { ENGINE_KEY_PREFIX, ENGINE_KEYS } from './engine-keys.js';
import type { FlowDefinition } from './flow-schema.js';
import { keysUsed, type EnglishTexts, type LintIssue } from './lint-flow.js';

/** An i18next v4 JSON namespace as full keys: { a: { b: "x" } } in "flows" -> "flows:a.b" => "x". */
export function flattenLocale(namespace: string, json: unknown): Map<string, string> {
  const texts = new Map<string, string>();
  const walk = (value: unknown, path: string[]) => {
    if (typeof value === 'string') texts.set(`${namespace}:${path.join('.')}`, value);
    else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
    }
  };
  walk(json, []);
  return texts;
}

/**
 * Checks locales/en/flows.json against all flows together: the engine's own keys must have
 * English text, and flow keys no flow uses are reported so translators are not asked for them.
 */
export function lintLocales(flows: Iterable<FlowDefinition>, english: EnglishTexts): LintIssue[] {
  const issues: LintIssue[] = [];
  for (const key of Object.values(ENGINE_KEYS)) {
    const text = english.get(key);
    if (text === undefined || text.trim() === '') issues.push({ severity: 'error', message: `engine key "${key}" has no English text` });
  }
  const used = new Set([...flows].flatMap((flow) => [...keysUsed(flow)]));
  for (const key of english.keys()) {
    if (key.startsWith('flows:') && !key.startsWith(ENGINE_KEY_PREFIX) && !used.has(key)) {
      issues.push({ severity: 'warning', message: `unused key "${key}": no flow shows it` });
    }
  }
  return issues;
}
