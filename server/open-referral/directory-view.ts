import type { Resources } from '../i18n/index.js';
import type { Catalogue, CatalogueEntry } from '../resources/index.js';
import { frontDoorTaxonomies } from './front-door-taxonomies.js';
import type { OrukService, OrukTaxonomy } from './oruk-schema.js';
import { orukServiceId, toOrukService, type OrukLabels } from './to-oruk-service.js';

/** The catalogue as ORUK, built once per loaded catalogue: each request only filters and pages. */
export interface DirectoryView {
  byServiceId: Map<string, { entry: CatalogueEntry; service: OrukService }>;
  taxonomies: OrukTaxonomy[];
}

const views = new WeakMap<Catalogue, DirectoryView>();

export function directoryView(catalogue: Catalogue, locales: Resources): DirectoryView {
  const cached = views.get(catalogue);
  if (cached) return cached;
  const labels = englishLabels(locales);
  const view: DirectoryView = {
    byServiceId: new Map(catalogue.entries.map((entry) => [orukServiceId(entry), { entry, service: toOrukService(entry, labels) }])),
    taxonomies: frontDoorTaxonomies(labels.needs),
  };
  views.set(catalogue, view);
  return view;
}

function englishLabels(locales: Resources): OrukLabels {
  const common = locales.en?.common;
  const section = (key: string): Record<string, string> => {
    const value = typeof common === 'object' ? (common as Record<string, unknown>)[key] : undefined;
    return typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};
  };
  return { needs: section('needs'), localities: section('localities') };
}
