import { formatOpeningHours } from '../../client-core/opening-hours.js';
import { AGE_BAND_IDS, LOCALITIES, NEEDS } from '../protocol/vocabulary.js';
import { DELIVERY_MODES, type CatalogueEntry } from '../resources/index.js';
import type { DirectoryPageQuery } from './directory-page-query.js';
import type { UnitText } from './entry-unit.js';

export interface DirectoryPageView {
  t: (key: string, params?: Record<string, string | number>) => string;
  /** The language the words are in, and its direction. */
  lang: string;
  dir: 'ltr' | 'rtl';
  query: DirectoryPageQuery;
  entries: CatalogueEntry[];
  total: number;
  pages: number;
  unit: (entry: CatalogueEntry, field: 'summary' | 'eligibility', english: string) => UnitText;
  /** Languages any entry speaks, for the language filter. */
  languages: string[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const html = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

/**
 * The public directory as one small HTML page: a GET form (works without JavaScript, shareable
 * links), results as a list of articles. Everything is escaped; proper nouns are bidi-isolated.
 */
export function renderDirectoryPage(view: DirectoryPageView): string {
  const { t, query } = view;
  const select = (name: string, label: string, values: readonly string[], labelOf: (value: string) => string) =>
    `<label for="${name}">${html(label)}</label><select id="${name}" name="${name}"><option value="">${html(t('resources:directory.any'))}</option>${values
      .map((value) => `<option value="${html(value)}"${(query as Record<string, unknown>)[name] === value ? ' selected' : ''}>${html(labelOf(value))}</option>`)
      .join('')}</select>`;
  const names = new Intl.DisplayNames([view.lang, 'en'], { type: 'language', fallback: 'code' });
  const form = [
    `<label for="q">${html(t('resources:directory.words'))}</label><input id="q" name="q" type="search" maxlength="100" value="${html(query.q ?? '')}">`,
    select('need', t('resources:directory.need'), NEEDS, (need) => t(`common:needs.${need}`)),
    select('age', t('resources:directory.age'), AGE_BAND_IDS, (band) => t(`common:ageBands.${band}`)),
    select('locality', t('resources:directory.locality'), LOCALITIES, (locality) => t(`common:localities.${locality}`)),
    select('cost', t('resources:cost.label'), ['free', 'low-cost', 'paid'], (cost) => t(`resources:cost.${cost}`)),
    select('language', t('resources:directory.language'), view.languages, (code) => names.of(code) ?? code),
    select('delivery', t('resources:card.delivery'), DELIVERY_MODES, (mode) => t(`resources:delivery.${mode}`)),
  ].map((field) => `<div class="field">${field}</div>`);
  const keep = new URLSearchParams(Object.entries({ ...query, lang: view.lang }).flatMap(([key, value]) => (value === undefined || key === 'page' ? [] : [[key, String(value)]])));
  const pageLink = (page: number, label: string, rel: string) => `<a rel="${rel}" href="?${html(new URLSearchParams([...keep, ['page', String(page)]]).toString())}">${html(label)}</a>`;
  return `<!doctype html>
<html lang="${html(view.lang)}" dir="${view.dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${html(t('resources:directory.title'))}</title>
<style>${STYLE}</style></head>
<body><main>
<h1>${html(t('resources:directory.title'))}</h1>
<p>${html(t('resources:directory.intro'))}</p>
<form method="get" action="/directory" role="search"><input type="hidden" name="lang" value="${html(view.lang)}">${form.join('')}<button type="submit">${html(t('resources:directory.search'))}</button></form>
<h2 id="results" aria-live="polite">${html(view.total === 0 ? t('resources:directory.none') : t('resources:directory.results', { count: view.total }))}</h2>
<ul class="results" aria-labelledby="results">${view.entries.map((entry) => `<li>${renderEntry(view, entry)}</li>`).join('')}</ul>
${view.pages > 1 ? `<nav aria-label="${html(t('resources:directory.page', { page: query.page, pages: view.pages }))}"><p>${html(t('resources:directory.page', { page: query.page, pages: view.pages }))}</p>${query.page > 1 ? pageLink(query.page - 1, t('resources:directory.previous'), 'prev') : ''} ${query.page < view.pages ? pageLink(query.page + 1, t('resources:directory.next'), 'next') : ''}</nav>` : ''}
</main></body></html>`;
}

function renderEntry(view: DirectoryPageView, entry: CatalogueEntry): string {
  const { t } = view;
  const shown = ({ text, inEnglish }: UnitText) => (inEnglish ? `<span class="in-english">${html(t('resources:card.inEnglish'))}</span> <bdi lang="en" dir="ltr">${html(text)}</bdi>` : html(text));
  const speaks = view.lang !== 'en' && entry.languages.some((tag) => tag.split('-')[0] === view.lang.split('-')[0]);
  const facts = [
    entry.referralCriteria ? `${html(t('resources:card.referral'))}: ${shown(view.unit(entry, 'eligibility', entry.referralCriteria))}` : '',
    entry.delivery?.length ? `${html(t('resources:card.delivery'))}: ${entry.delivery.map((mode) => html(t(`resources:delivery.${mode}`))).join(' · ')}` : '',
    entry.phone ? `${html(t('resources:card.call'))}: <a href="tel:${html(entry.phone.replace(/[^\d+]/g, ''))}"><bdi dir="ltr">${html(entry.phone)}</bdi></a>` : '',
    entry.website ? `<a href="${html(entry.website)}">${html(t('resources:card.website'))}: <bdi dir="ltr">${html(new URL(entry.website).host)}</bdi></a>` : '',
    entry.email ? `${html(t('resources:card.email'))}: <a href="mailto:${html(entry.email)}"><bdi dir="ltr">${html(entry.email)}</bdi></a>` : '',
    `${html(t('resources:card.openingHours'))}: ${entry.schedule?.length ? formatOpeningHours(entry.schedule, view.lang).map((line) => `<bdi>${html(line)}</bdi>`).join('; ') : shown({ text: entry.openingHours, inEnglish: view.lang !== 'en' })}`,
    entry.address ? `${html(t('resources:card.address'))}: <bdi>${html(entry.address)}</bdi>` : '',
    `${html(t('resources:cost.label'))}: ${html(t(`resources:cost.${entry.cost}`))}`,
  ].filter(Boolean);
  return `<article><h3><bdi>${html(entry.name)}</bdi></h3>${speaks ? `<p class="badge">${html(t('resources:card.speaksYourLanguage'))}</p>` : ''}<p dir="auto">${shown(view.unit(entry, 'summary', entry.summary))}</p><ul>${facts.map((fact) => `<li>${fact}</li>`).join('')}</ul></article>`;
}

/** Readable at 320px and 200% zoom: one column, no fixed widths, targets at least 44px tall. */
const STYLE = [
  'body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;padding:1rem;max-width:48rem;margin-inline:auto;color:#0b0c0c}',
  'label{display:block;font-weight:600}.field{margin-block:.5rem}input,select,button{font:inherit;min-height:44px;max-width:100%;box-sizing:border-box}',
  'input,select{width:100%}button{padding:.5rem 1.25rem;margin-block:.5rem}',
  ':focus-visible{outline:3px solid #fd0;box-shadow:0 0 0 6px #0b0c0c}',
  '.results{list-style:none;padding:0}article{border:1px solid #6f777b;border-radius:.5rem;padding:.75rem;margin-block:.75rem;overflow-wrap:anywhere}',
  '.badge{display:inline-block;background:#d2e8d4;color:#0b3d16;border-radius:1rem;padding:0 .5rem;font-weight:600}',
  '.in-english{border:1px solid #6f777b;border-radius:.3rem;padding:0 .3rem;font-size:.85em;font-weight:600}',
  'nav a{display:inline-block;min-height:44px;padding:.5rem}',
].join('');
