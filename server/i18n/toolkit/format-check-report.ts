import type { CheckReport } from './check-locales.js';
import { formatProblem } from './locale-snapshot.js';

/** One line per error, then warnings, then a one-line summary; `root` is the locales dir as typed. */
export function formatCheckReport(report: CheckReport, root: string): string {
  const lines = [
    ...report.errors.map((problem) => formatProblem(root, problem)),
    ...report.warnings.map((problem) => `warning: ${formatProblem(root, problem)}`),
  ];
  const verdict = report.errors.length === 0 ? 'OK' : 'FAILED';
  lines.push(
    `check ${verdict}: ${plural(report.errors.length, 'error')}, ${plural(report.warnings.length, 'warning')} ` +
      `in ${plural(report.languages.length, 'language')} (${report.languages.join(', ') || 'none'})`,
  );
  return `${lines.join('\n')}\n`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
