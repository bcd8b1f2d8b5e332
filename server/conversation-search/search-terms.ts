import { SEARCH_MAX_WORDS } from '../protocol/index.js';

/**
 * The words of a staff search, as plain letters and digits: lower-cased, at most SEARCH_MAX_WORDS,
 * each at most 64 characters. Everything else (quotes, operators, punctuation) is dropped, so the
 * text can never be read as FTS5 or tsquery syntax; both indexes split words at the same places.
 */
export function searchTerms(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  return words.slice(0, SEARCH_MAX_WORDS).map((word) => word.slice(0, 64));
}

/** Every word must appear; the last may be the start of a word, as staff are still typing it. */
export function ftsQuery(terms: string[]): string {
  return terms.map((term, i) => `"${term}"${i === terms.length - 1 ? '*' : ''}`).join(' ');
}

/** The same search as a PostgreSQL tsquery (terms hold only letters, digits and marks). */
export function tsQuery(terms: string[]): string {
  return terms.map((term, i) => `${term}${i === terms.length - 1 ? ':*' : ''}`).join(' & ');
}

/** About `width` characters of `body` around the first search word in it, for the result list. */
export function excerpt(body: string, terms: string[], width = 160): string {
  if (body.length <= width) return body;
  const lower = body.toLowerCase();
  const at = Math.max(0, Math.min(...terms.map((term) => lower.indexOf(term)).filter((i) => i >= 0), body.length));
  const start = at >= body.length ? 0 : Math.max(0, at - Math.floor(width / 3));
  const end = Math.min(body.length, start + width);
  return `${start > 0 ? '…' : ''}${body.slice(start, end)}${end < body.length ? '…' : ''}`;
}
