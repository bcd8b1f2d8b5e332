import type { PhraseBook } from '../compile-phrase-book.js';
import { loadSafeguardingConfig, type SafeguardingConfig } from '../safeguarding-config.js';
import { DEFAULT_MODEL_PATH, loadSafeguardingModel } from './load-safeguarding-model.js';

/**
 * The phrase book with the trained model attached when config/safeguarding.json says
 * `"model": "on"`; otherwise the book unchanged (rules only). Called once at start, so a missing
 * or corrupt model file stops the server there rather than weakening detection later.
 */
export function withSafeguardingModel(book: PhraseBook, config: SafeguardingConfig = loadSafeguardingConfig(), path = DEFAULT_MODEL_PATH): PhraseBook {
  return config.model === 'on' ? { ...book, model: loadSafeguardingModel(path) } : book;
}
