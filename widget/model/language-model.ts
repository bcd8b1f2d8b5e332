import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { KeyState } from '../../server/i18n/key-state.js';
import { searchLanguages, type Language } from '../../server/i18n/language-search.js';
import type { ChatLanguage } from './chat-session.js';
import { createPublicFetch, type PublicFetch } from './public-fetch.js';

/** `refused`: the server does not allow this page to embed the chat (EMBED_ORIGINS); retrying cannot help. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed' | 'refused';

export interface LanguageModel {
  status: ReadonlySignal<LoadStatus>;
  /** Codes with a widget translation. */
  translated: ReadonlySignal<ReadonlySet<string>>;
  /** Languages whose safeguarding text a person has reviewed; other languages also show the English. */
  safeguardingReviewed: ReadonlySignal<ReadonlySet<string>>;
  /** Per language, how reviewed its safeguarding text is (server/i18n/key-state.ts). */
  safeguardingStates: ReadonlySignal<Readonly<Record<string, KeyState>>>;
  query: Signal<string>;
  /** Every language matching the query, the device's own languages first. */
  results: ReadonlySignal<Language[]>;
  /** Only languages with a translation: the choice of a language to continue in. */
  translatedResults: ReadonlySignal<Language[]>;
  /** An untranslated language the family picked, waiting for a second language. */
  awaitingFallback: ReadonlySignal<Language | null>;
  load(): Promise<void>;
  /** Returns the choice when complete, or null when a second language is needed first. */
  pick(language: Language): ChatLanguage | null;
  pickFallback(language: Language): ChatLanguage | null;
  cancelFallback(): void;
  isTranslated(code: string): boolean;
  find(code: string): Language | undefined;
  /** Languages to show text in, best first: the chosen one if translated, else the second choice. */
  displayChain(choice: ChatLanguage): string[];
}

/** Same value as the server's refusal code (server/http/embed-cors.ts). */
const EMBED_REFUSED = 'embed-origin-refused';

interface LanguagesResponse {
  languages: Language[];
  translated: string[];
  safeguardingReviewed: string[];
  safeguardingStates?: Record<string, KeyState>;
}

/** The searchable language list from GET /api/languages, and the family's choice from it. */
export function createLanguageModel(origin: string, preferred: readonly string[], load: PublicFetch = createPublicFetch()): LanguageModel {
  const status = signal<LoadStatus>('idle');
  const all = signal<Language[]>([]);
  const translated = signal<ReadonlySet<string>>(new Set());
  const safeguardingReviewed = signal<ReadonlySet<string>>(new Set(['en']));
  const safeguardingStates = signal<Readonly<Record<string, KeyState>>>({ en: 'reviewed' });
  const query = signal('');
  const awaitingFallback = signal<Language | null>(null);
  const results = computed(() => searchLanguages(all.value, query.value, preferred));
  const translatedResults = computed(() => results.value.filter((l) => isTranslated(l.code)));
  let loading: Promise<void> | null = null;

  function isTranslated(code: string): boolean {
    return code === 'en' || translated.value.has(code);
  }

  function find(code: string): Language | undefined {
    return all.value.find((l) => l.code === code);
  }

  async function fetchLanguages(): Promise<void> {
    status.value = 'loading';
    try {
      const response = await load(`${origin}/api/languages`);
      if (response.status === 403 && ((await response.json()) as { code?: string }).code === EMBED_REFUSED) {
        status.value = 'refused';
        return;
      }
      if (!response.ok) throw new Error(`languages: ${response.status}`);
      const body = (await response.json()) as LanguagesResponse;
      all.value = body.languages;
      translated.value = new Set(body.translated);
      safeguardingReviewed.value = new Set(body.safeguardingReviewed);
      safeguardingStates.value = body.safeguardingStates ?? { en: 'reviewed' };
      status.value = 'ready';
    } catch {
      status.value = 'failed';
      loading = null;
    }
  }

  return {
    status,
    translated,
    safeguardingReviewed,
    safeguardingStates,
    query,
    results,
    translatedResults,
    awaitingFallback,
    load() {
      loading ??= fetchLanguages();
      return loading;
    },
    pick(language) {
      query.value = '';
      if (isTranslated(language.code)) {
        awaitingFallback.value = null;
        return { language: language.code };
      }
      awaitingFallback.value = language;
      return null;
    },
    pickFallback(language) {
      const first = awaitingFallback.value;
      query.value = '';
      awaitingFallback.value = null;
      return first ? { language: first.code, fallbackLanguage: language.code } : { language: language.code };
    },
    cancelFallback() {
      query.value = '';
      awaitingFallback.value = null;
    },
    isTranslated,
    find,
    displayChain(choice) {
      const shown =
        !isTranslated(choice.language) && choice.fallbackLanguage ? choice.fallbackLanguage : choice.language;
      return [...new Set([shown, ...(find(shown)?.fallback ?? []), 'en'])];
    },
  };
}
