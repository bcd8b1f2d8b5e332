import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../project-root.js';
import { loadRetentionPolicy, promisedEnquiryYears, RetentionPolicy } from './retention-policy.js';

/** The consent card tells families how long we keep what they share; it must say what config/retention.json does. */
describe('retention policy and what families are told', () => {
  const policy = loadRetentionPolicy();
  const years = promisedEnquiryYears(policy);

  for (const language of readdirSync(projectPath('locales'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    const path = projectPath(`locales/${language}/consent.json`);
    let howLong: string | undefined;
    try {
      howLong = (JSON.parse(readFileSync(path, 'utf8')) as { earlyHelp?: { v1?: { howLong?: string } } }).earlyHelp?.v1?.howLong;
    } catch {
      continue;
    }
    if (howLong === undefined) continue;
    it(`${language}: the consent card's "how long we keep it" names ${years} years and no other number`, () => {
      expect(howLong.match(/\d+/g)).toEqual([String(years)]);
    });
  }

  it('refuses a policy that keeps safeguarding records for less time than anything else, or misses an outcome', () => {
    const good = JSON.parse(readFileSync(projectPath('config/retention.json'), 'utf8')) as Record<string, unknown>;
    expect(RetentionPolicy.safeParse(good).success).toBe(true);
    expect(RetentionPolicy.safeParse({ ...good, safeguarding: { days: 10, reason: 'because the law says so, for a while' } }).success).toBe(false);
    const { other: _, ...missing } = good.enquiries as Record<string, number>;
    expect(RetentionPolicy.safeParse({ ...good, enquiries: missing }).success).toBe(false);
    expect(RetentionPolicy.safeParse({ ...good, sessions: 0 }).success).toBe(false);
  });
});
