import { SOURCE_LANGUAGE } from '../namespaces.js';
import type { ExportUnit } from './collect-units.js';
import { escapeXmlAttribute as attr, escapeXmlText as text } from './xml-escape.js';

export const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';

/**
 * One language as XLIFF 2.0: a `<file>` per namespace, a `<unit id="ns:key">` per key with one
 * segment. `canResegment="no"` asks CAT tools not to split our texts into several segments, and
 * `xml:space="preserve"` keeps leading, trailing and repeated spaces exactly as written.
 */
export function writeXliff(units: readonly ExportUnit[], lang: string): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF_NAMESPACE}" version="2.0" srcLang="${SOURCE_LANGUAGE}" trgLang="${attr(lang)}">`,
  ];
  let openFile: string | undefined;
  for (const unit of units) {
    if (unit.ns !== openFile) {
      if (openFile !== undefined) lines.push('  </file>');
      lines.push(`  <file id="${attr(unit.ns)}" canResegment="no">`);
      openFile = unit.ns;
    }
    lines.push(`    <unit id="${attr(`${unit.ns}:${unit.key}`)}">`);
    if (unit.notes.length > 0) {
      lines.push('      <notes>');
      for (const note of unit.notes) lines.push(`        <note category="${note.category}">${text(note.text)}</note>`);
      lines.push('      </notes>');
    }
    lines.push(
      `      <segment state="${unit.state}">`,
      `        <source xml:space="preserve">${text(unit.source)}</source>`,
      `        <target xml:space="preserve">${text(unit.target ?? '')}</target>`,
      '      </segment>',
      '    </unit>',
    );
  }
  if (openFile !== undefined) lines.push('  </file>');
  lines.push('</xliff>');
  return `${lines.join('\n')}\n`;
}
