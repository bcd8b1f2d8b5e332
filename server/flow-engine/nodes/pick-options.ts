import type { FlowOption } from '../flow-schema.js';

/**
 * The options the family picked, in the flow's option order so the same choice always saves the
 * same way; undefined when any value is not one of the options. Repeated values count once.
 */
export function pickOptions(options: readonly FlowOption[], values: readonly string[]): FlowOption[] | undefined {
  if (!values.every((v) => options.some((o) => o.value === v))) return undefined;
  return options.filter((o) => values.includes(o.value));
}

export function promptOptions(options: readonly FlowOption[]): { value: string; label: string }[] {
  return options.map(({ value, label }) => ({ value, label }));
}
