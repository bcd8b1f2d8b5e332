import type { ImportReport } from './import-units.js';

/** Every rejected unit on its own line with its reason, then notices and a summary. */
export function formatImportReport(report: ImportReport, fileLabel: string, lang: string): string {
  const lines = [
    ...report.rejected.map((rejected) => `${fileLabel}: ${rejected.ref}: rejected: ${rejected.reason}`),
    ...report.notices.map((notice) => `${fileLabel}: ${notice.ref}: note: ${notice.message}`),
    `import ${lang}: ${report.imported} imported, ${report.unchanged} unchanged, ` +
      `${report.untranslated} left empty (skipped), ${report.rejected.length} rejected`,
  ];
  return `${lines.join('\n')}\n`;
}
