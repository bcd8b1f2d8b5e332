import { NEEDS, type Need } from '../protocol/vocabulary.js';
import { DELIVERY_MODES, type DeliveryMode } from '../resources/index.js';
import { nameUuid } from './name-uuid.js';
import type { OrukTaxonomy, OrukTaxonomyTerm } from './oruk-schema.js';

/**
 * The two taxonomies our ORUK feed classifies services with: the needs a family names in the
 * chat, and how a service is delivered. Term ids are derived from our stable ids, so a partner
 * (or our own importer) can map them back exactly.
 */
export const NEEDS_TAXONOMY_ID = nameUuid('taxonomy:needs');
export const DELIVERY_TAXONOMY_ID = nameUuid('taxonomy:delivery');

const DELIVERY_LABELS: Record<DeliveryMode, string> = { 'in-person': 'In person', online: 'Online', phone: 'By phone' };

export function needTermId(need: Need): string {
  return nameUuid(`need:${need}`);
}

export function deliveryTermId(mode: DeliveryMode): string {
  return nameUuid(`delivery:${mode}`);
}

export function needTerm(need: Need, label: string): OrukTaxonomyTerm {
  return { id: needTermId(need), code: need, name: label, description: `Help with: ${label}`, taxonomy: 'Front Door needs', taxonomy_id: NEEDS_TAXONOMY_ID };
}

export function deliveryTerm(mode: DeliveryMode): OrukTaxonomyTerm {
  const label = DELIVERY_LABELS[mode];
  return { id: deliveryTermId(mode), code: mode, name: label, description: `The service can be used ${label.toLowerCase()}.`, taxonomy: 'Front Door delivery', taxonomy_id: DELIVERY_TAXONOMY_ID };
}

/** `needLabels` are the English labels from locales/en/common.json, so names match the chat's words. */
export function frontDoorTaxonomies(needLabels: Readonly<Record<string, string>>): OrukTaxonomy[] {
  return [
    {
      id: NEEDS_TAXONOMY_ID,
      name: 'Front Door needs',
      description: "The needs a family can name in Bradford's Family Front Door, used to match Getting Advice services.",
      version: '1',
      taxonomy_terms: NEEDS.map((need) => needTerm(need, needLabels[need] ?? need)),
    },
    {
      id: DELIVERY_TAXONOMY_ID,
      name: 'Front Door delivery',
      description: 'How a family can use a service: in person, online or by phone.',
      version: '1',
      taxonomy_terms: DELIVERY_MODES.map(deliveryTerm),
    },
  ];
}

/** Our own term ids back to what they stand for; the importer tries these before the feed's mapping. */
type OwnTerm = { need: Need } | { delivery: DeliveryMode };
export const OWN_TERMS: ReadonlyMap<string, OwnTerm> = new Map<string, OwnTerm>([
  ...NEEDS.map((need): [string, OwnTerm] => [needTermId(need), { need }]),
  ...DELIVERY_MODES.map((delivery): [string, OwnTerm] => [deliveryTermId(delivery), { delivery }]),
]);
