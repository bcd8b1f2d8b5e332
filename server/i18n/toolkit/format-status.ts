import type { Coverage, StatusReport } from './coverage-status.js';

export type StatusFormat = 'md' | 'json';

/** Renders the status report; Markdown for people and pull requests, JSON for dashboards. */
export function formatStatus(report: StatusReport, format: StatusFormat): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  const lines = [
    '# Translation status',
    '',
    `Source language: ${report.sourceLanguage}. Translated and Reviewed are shares of the keys each language needs;`,
    'Reviewed counts only reviews of the current English. Stale: the English changed since translation',
    '(or no record of it). Missing keys show in English.',
    '',
    '| Language | Keys | Translated | Reviewed | Stale | Missing |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...report.languages.map((language) => row(`${language.name} (${language.lang})`, language.total)),
  ];
  for (const language of report.languages) {
    lines.push(
      '',
      `## ${language.name} (${language.lang})`,
      '',
      '| Namespace | Keys | Translated | Reviewed | Stale | Missing |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...language.namespaces.map((namespace) => row(namespace.ns, namespace)),
    );
  }
  return `${lines.join('\n')}\n`;
}

function row(label: string, coverage: Coverage): string {
  const percent = (value: number | null): string => (value === null ? '–' : `${value}%`);
  return `| ${label} | ${coverage.keys} | ${percent(coverage.translatedPercent)} | ${percent(coverage.reviewedPercent)} | ${coverage.stale} | ${coverage.missing} |`;
}
