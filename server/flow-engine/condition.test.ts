import { describe, expect, it } from 'vitest';
import { Condition, matchesCondition } from './condition.js';

const answers = { who: ['young-person'], needs: ['housing', 'send'], postcode: [] };

describe('conditions', () => {
  it('equals matches a single answer exactly', () => {
    expect(matchesCondition({ answer: 'who', equals: 'young-person' }, answers)).toBe(true);
    expect(matchesCondition({ answer: 'needs', equals: 'housing' }, answers)).toBe(false);
  });

  it('includesAny matches any shared value', () => {
    expect(matchesCondition({ answer: 'needs', includesAny: ['send', 'money-debt'] }, answers)).toBe(true);
    expect(matchesCondition({ answer: 'needs', includesAny: ['money-debt'] }, answers)).toBe(false);
  });

  it('isEmpty treats skipped and never-asked alike', () => {
    expect(matchesCondition({ answer: 'postcode', isEmpty: true }, answers)).toBe(true);
    expect(matchesCondition({ answer: 'never', isEmpty: true }, answers)).toBe(true);
    expect(matchesCondition({ answer: 'who', isEmpty: false }, answers)).toBe(true);
  });

  it('all, any and not combine', () => {
    const youngWithSend: Condition = { all: [{ answer: 'who', equals: 'young-person' }, { answer: 'needs', includesAny: ['send'] }] };
    expect(matchesCondition(youngWithSend, answers)).toBe(true);
    expect(matchesCondition({ any: [{ answer: 'who', equals: 'helper' }, { not: youngWithSend }] }, answers)).toBe(false);
  });

  it('the schema refuses mixed or misspelt conditions', () => {
    expect(Condition.safeParse({ answer: 'who', equals: 'x', isEmpty: true }).success).toBe(false);
    expect(Condition.safeParse({ answer: 'who', equal: 'x' }).success).toBe(false);
    expect(Condition.safeParse({ all: [{ any: [{ not: { answer: 'who', isEmpty: true } }] }] }).success).toBe(true);
  });
});
