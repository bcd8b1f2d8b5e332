import { describe, expect, it } from 'vitest';
import { readXliff } from '../../server/i18n/toolkit/read-xliff.js';
import { parseCsv } from '../../server/i18n/toolkit/parse-csv.js';
import { parseXml } from '../../server/i18n/toolkit/parse-xml.js';
import { readCsv } from '../../server/i18n/toolkit/read-csv.js';
import { writeCsv, writeXliff, type ExportUnit } from '../../server/i18n/toolkit/index.js';

const awkward = [
  'Tom & Jerry <b>bold</b> "quoted" \'single\'',
  '  leading and trailing spaces  ',
  'tab\there, CR\r\nLF\nend',
  ']]> is not the end of anything',
  'emoji 👨‍👩‍👧 and RTL مرحبا',
];

const units: ExportUnit[] = awkward.map((text, index) => ({
  ns: 'common',
  key: `k${index}`,
  source: text,
  target: `${text} (pl)`,
  state: 'translated',
  notes: [{ category: 'placeholders', text: `note with <tags> & ${text}` }],
}));

describe('XML escaping', () => {
  it('round-trips awkward text exactly through writeXliff and readXliff', () => {
    const read = readXliff(writeXliff(units, 'pl'), 'pl');
    expect(read.fatal).toBeUndefined();
    expect(read.units.map((unit) => [unit.source, unit.target])).toEqual(awkward.map((text) => [text, `${text} (pl)`]));
  });

  it('decodes entities, character references and CDATA', () => {
    const root = parseXml('<?xml version="1.0"?><!-- hi --><a x="1&#10;2\t3">&lt;&amp;&#x1F600;<![CDATA[<raw & text>]]></a>');
    expect(root.attributes.get('x')).toBe('1\n2 3');
    expect(root.children).toEqual(['<&😀<raw & text>']);
  });

  it.each([
    ['<!DOCTYPE x [<!ENTITY e "boom">]><x/>', /declarations are not allowed/],
    ['<a><b></a></b>', /line 1: <\/a> does not close <b>/],
    ['<a>\n\nAT&T</a>', /line 3: a bare "&" must be written &amp;/],
    ['<a>&nbsp;</a>', /unknown entity/],
    ['<a x="1" x="2"/>', /appears twice/],
    ['<a>', /never closed/],
    ['<a/><b/>', /after the root element/],
  ])('refuses %j', (xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
  });

  it('rejects units a CAT tool split or filled with inline codes, keeping every unit', () => {
    const xliff = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="pl">
      <file id="common">
        <unit id="common:a"><segment><source>A</source></segment><segment><source>B</source></segment></unit>
        <unit id="common:b"><segment state="final"><source>Hi {{name}}</source><target>Cześć <ph id="1"/></target></segment></unit>
        <unit id="widget:c"><segment><source>C</source><target>D</target></segment></unit>
        <group id="g"><unit id="common:d"><segment state="final"><source>E</source><target>F</target></segment></unit></group>
      </file>
    </xliff>`;
    const read = readXliff(xliff, 'pl');
    expect(read.units.map((unit) => [unit.key, unit.problem ?? unit.review])).toEqual([
      ['a', 'must hold exactly one <segment>; join split segments back together'],
      ['b', '<target> contains the inline element <ph>; write placeholders and tags as plain text, e.g. {{name}} or <b>'],
      ['c', 'id belongs to namespace "widget" but sits in <file id="common">'],
      ['d', 'reviewed'],
    ]);
  });
});

describe('CSV', () => {
  it('round-trips awkward text through writeCsv and readCsv (CRLF inside a cell folds to LF)', () => {
    const read = readCsv(writeCsv(units));
    expect(read.fatal).toBeUndefined();
    expect(read.units.map((unit) => unit.target)).toEqual(awkward.map((text) => `${text.replace('\r\n', '\n')} (pl)`));
    expect(read.units.map((unit) => unit.review)).toEqual(awkward.map(() => 'draft'));
  });

  it('starts with a BOM and quotes every field', () => {
    expect(writeCsv([])).toBe('\uFEFF"namespace","key","source","target","review","notes"\r\n');
  });

  it('parses RFC 4180 quoting and line breaks, skipping blank lines', () => {
    expect(parseCsv('a,"b ""c""",d\n\n"multi\nline",,\r\nlast')).toEqual([
      ['a', 'b "c"', 'd'],
      ['multi\nline', '', ''],
      ['last'],
    ]);
  });

  it.each([
    ['a,b"c', /line 1: a quote inside an unquoted field/],
    ['"open', /never closed/],
    ['"a"b', /text after a closing quote/],
  ])('refuses %j', (csv, message) => {
    expect(() => parseCsv(csv)).toThrow(message);
  });

  it('explains a semicolon-separated save', () => {
    expect(readCsv('namespace;key;source;target\n').fatal).toMatch(/separated by ";"/);
  });
});
