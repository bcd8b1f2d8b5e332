import { z } from 'zod';

/** The name an answer is saved under in FlowState.answers (a node's `saveAs`). */
export const AnswerName = z.string().regex(/^[A-Za-z][\w-]*$/, 'answer names are letters, digits, "-" or "_"');

/**
 * A small condition language over saved answers, so branches stay data. Answers that were never
 * given read as empty, which lets a flow test "skipped or not asked" with one `isEmpty`.
 */
export type Condition =
  /** The answer is exactly this one value. */
  | { answer: string; equals: string }
  | { answer: string; includesAny: string[] }
  | { answer: string; isEmpty: boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ answer: AnswerName, equals: z.string().min(1) }),
    z.strictObject({ answer: AnswerName, includesAny: z.array(z.string().min(1)).min(1) }),
    z.strictObject({ answer: AnswerName, isEmpty: z.boolean() }),
    z.strictObject({ all: z.array(Condition).min(1) }),
    z.strictObject({ any: z.array(Condition).min(1) }),
    z.strictObject({ not: Condition }),
  ], { error: 'a condition is { answer, equals | includesAny | isEmpty } or { all | any | not }' }),
);

export function matchesCondition(condition: Condition, answers: Readonly<Record<string, readonly string[]>>): boolean {
  if ('all' in condition) return condition.all.every((c) => matchesCondition(c, answers));
  if ('any' in condition) return condition.any.some((c) => matchesCondition(c, answers));
  if ('not' in condition) return !matchesCondition(condition.not, answers);
  const values = answers[condition.answer] ?? [];
  if ('equals' in condition) return values.length === 1 && values[0] === condition.equals;
  if ('includesAny' in condition) return condition.includesAny.some((v) => values.includes(v));
  return (values.length === 0) === condition.isEmpty;
}

/** Every answer name a condition reads, so the linter can spot answers no node saves. */
export function answersRead(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(answersRead);
  if ('any' in condition) return condition.any.flatMap(answersRead);
  if ('not' in condition) return answersRead(condition.not);
  return [condition.answer];
}
