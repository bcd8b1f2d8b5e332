import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { SAFEGUARDING_CATEGORIES, SAFEGUARDING_SEVERITIES } from '../protocol/vocabulary.js';
import { projectPath } from '../project-root.js';

/**
 * config/safeguarding.json: who to contact for each kind of danger. Numbers are deployment facts
 * a safeguarding lead keeps current, so they live in config, never in code.
 */

export const CONTACT_HOURS = ['24/7', 'office hours', 'out of hours'] as const;
export type ContactHours = (typeof CONTACT_HOURS)[number];

const LocaleKey = z.string().regex(/^safeguarding:[\w.-]+$/, 'must be a key in the safeguarding namespace');
const Dialable = z.string().regex(/^\d[\d ]*\d$/, 'digits and spaces only');

const Contact = z
  .strictObject({
    label: LocaleKey,
    phone: Dialable.optional(),
    /** A number to text (SMS). */
    text: Dialable.optional(),
    website: z.url({ protocol: /^https$/ }).optional(),
    hours: z.enum(CONTACT_HOURS),
    /** Opening times shown while open, e.g. "Mon to Thu 8:30am to 5pm". */
    hoursLabel: LocaleKey.optional(),
    /** Shown instead while closed; should say when it opens again. */
    closedLabel: LocaleKey.optional(),
  })
  .refine((contact) => contact.phone ?? contact.text ?? contact.website, 'a contact needs a phone, text or website');
export type SafeguardingContact = z.infer<typeof Contact>;

export const SafeguardingConfig = z
  .strictObject({
    contacts: z.record(z.string().regex(/^[a-z0-9-]+$/), Contact),
    /** Per severity, contact ids in the order the card lists them. */
    routes: z.record(z.enum(SAFEGUARDING_SEVERITIES), z.array(z.string()).min(1)),
    /**
     * Per detected category, the card the family sees. Every category must be mapped (an enum-keyed
     * record is exhaustive), so a new category cannot be detected and then shown nothing.
     */
    categories: z.record(z.enum(SAFEGUARDING_CATEGORIES), z.enum(SAFEGUARDING_SEVERITIES)),
    /**
     * Whether the trained model (config/safeguarding-model.json) may raise a card when the rules
     * find nothing. A safeguarding lead's choice: it finds much more danger and also raises more
     * false alarms (figures in docs/safeguarding-detection.md). Off unless set.
     */
    model: z.enum(['on', 'off']).default('off'),
  })
  .superRefine((config, ctx) => {
    for (const [severity, ids] of Object.entries(config.routes)) {
      for (const id of ids) {
        if (!config.contacts[id]) ctx.addIssue({ code: 'custom', path: ['routes', severity], message: `unknown contact "${id}"` });
      }
      // Out of hours the card must offer something that works right now.
      if (!ids.some((id) => config.contacts[id]?.hours === '24/7')) {
        ctx.addIssue({ code: 'custom', path: ['routes', severity], message: 'needs at least one 24/7 contact' });
      }
    }
  });
export type SafeguardingConfig = z.infer<typeof SafeguardingConfig>;

/** Parse config/safeguarding.json; a bad file stops the server with every problem listed. */
export function parseSafeguardingConfig(data: unknown, source = 'config/safeguarding.json'): SafeguardingConfig {
  const result = SafeguardingConfig.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`);
    throw new Error(`${source} is not valid safeguarding config: ${problems.join('; ')}`);
  }
  return result.data;
}

export function loadSafeguardingConfig(path: string | URL = projectPath('config/safeguarding.json')): SafeguardingConfig {
  return parseSafeguardingConfig(JSON.parse(readFileSync(path, 'utf8')), String(path));
}
