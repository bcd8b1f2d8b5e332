import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { projectPath } from '../project-root.js';
import { CLOSE_OUTCOMES } from '../protocol/enquiry-bodies.js';

/** A whole number of days, at least one and at most a century: a typo must not keep data forever or delete it today. */
const Days = z.number().int().min(1).max(36_500);

/**
 * How long each kind of personal record is kept, in days (config/retention.json). Each period counts
 * from the moment docs/privacy-and-retention.md names: a conversation's last activity, a callback's
 * completion, an enquiry's closing (by outcome) or withdrawal, a delivery's creation, a session's end.
 */
export const RetentionPolicy = z
  .object({
    $comment: z.string().optional(),
    conversationsWithoutEnquiry: Days,
    callbacks: Days,
    /** By how the enquiry closed; `withdrawn` counts from the family's withdrawal of consent. Every outcome must be listed. */
    enquiries: z.record(z.enum([...CLOSE_OUTCOMES, 'withdrawn']), Days),
    webhookPayloads: Days,
    auditLog: Days,
    sessions: Days,
    resumeTokens: Days,
    safeguarding: z.object({ days: Days, reason: z.string().trim().min(20).max(1000) }).strict(),
  })
  .strict()
  .superRefine((policy, issues) => {
    // Safeguarding records outlive everything else about the family: that is why they are kept.
    const longest = Math.max(policy.conversationsWithoutEnquiry, policy.callbacks, ...Object.values(policy.enquiries));
    if (policy.safeguarding.days < longest) issues.addIssue({ code: 'custom', path: ['safeguarding', 'days'], message: 'must be at least as long as any other period' });
  });
export type RetentionPolicy = z.infer<typeof RetentionPolicy>;

export function loadRetentionPolicy(path: string | URL = projectPath('config/retention.json')): RetentionPolicy {
  return RetentionPolicy.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** The longest an enquiry is kept after help ends, in whole years: the figure the consent card promises. */
export function promisedEnquiryYears(policy: RetentionPolicy): number {
  return Math.ceil(Math.max(...Object.values(policy.enquiries)) / 365);
}

const DAY_MS = 86_400_000;

/** The moment before which a record of `days` retention is past its time. */
export function cutoff(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}
