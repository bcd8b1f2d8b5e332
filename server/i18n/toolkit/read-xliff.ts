import { SOURCE_LANGUAGE } from '../namespaces.js';
import type { ImportFile, ImportUnit } from './import-unit.js';
import type { ReviewState } from './locale-snapshot.js';
import { childElements, parseXml, XmlSyntaxError, type XmlElement } from './parse-xml.js';
import { XLIFF_NAMESPACE } from './write-xliff.js';

const REVIEW_BY_STATE: Record<string, ReviewState> = {
  initial: 'draft',
  translated: 'draft',
  reviewed: 'reviewed',
  final: 'reviewed',
};

/**
 * Reads an XLIFF 2.x file written by `writeXliff` and passed through a CAT tool. Anything it
 * cannot map back exactly (split segments, inline codes, ids outside their file) becomes a
 * problem on that unit, never a silent skip.
 */
export function readXliff(text: string, lang: string): ImportFile {
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (error) {
    if (error instanceof XmlSyntaxError) return { units: [], fatal: `not well-formed XML: ${error.message}` };
    throw error;
  }
  const version = root.attributes.get('version') ?? '';
  if (root.name !== 'xliff' || root.attributes.get('xmlns') !== XLIFF_NAMESPACE || !/^2\.\d$/.test(version)) {
    return { units: [], fatal: `not an XLIFF 2 file (expected <xliff xmlns="${XLIFF_NAMESPACE}" version="2.0">)` };
  }
  const srcLang = root.attributes.get('srcLang') ?? '';
  const trgLang = root.attributes.get('trgLang') ?? '';
  if (srcLang.toLowerCase() !== SOURCE_LANGUAGE) {
    return { units: [], fatal: `source language is "${srcLang}", expected "${SOURCE_LANGUAGE}"` };
  }
  if (trgLang.toLowerCase() !== lang.toLowerCase()) {
    return { units: [], fatal: `this file is for language "${trgLang}", not "${lang}"` };
  }
  const units = childElements(root, 'file').flatMap((file) =>
    unitsIn(file).map((unit) => readUnit(unit, file.attributes.get('id') ?? '')),
  );
  return { units };
}

/** Units directly in a file or inside (nested) groups, which some tools add. */
function unitsIn(container: XmlElement): XmlElement[] {
  return [
    ...childElements(container, 'unit'),
    ...childElements(container, 'group').flatMap(unitsIn),
  ];
}

function readUnit(unit: XmlElement, fileId: string): ImportUnit {
  const id = unit.attributes.get('id') ?? '';
  const colon = id.indexOf(':');
  const ns = colon > 0 ? id.slice(0, colon) : '';
  const key = colon > 0 ? id.slice(colon + 1) : id;
  const base = { ref: `unit "${id}" (line ${unit.line})`, ns, key, source: '', target: undefined, review: undefined };
  if (colon <= 0 || key === '') return { ...base, problem: 'id must be "<namespace>:<key>", e.g. "common:greeting"' };
  if (ns !== fileId) return { ...base, problem: `id belongs to namespace "${ns}" but sits in <file id="${fileId}">` };
  const segments = childElements(unit, 'segment');
  const segment = segments[0];
  if (segment === undefined || segments.length > 1 || childElements(unit, 'ignorable').length > 0) {
    return { ...base, problem: 'must hold exactly one <segment>; join split segments back together' };
  }
  const state = segment.attributes.get('state') ?? 'initial';
  const review = REVIEW_BY_STATE[state];
  if (review === undefined) return { ...base, problem: `unknown segment state "${state}"` };
  const sources = childElements(segment, 'source');
  const targets = childElements(segment, 'target');
  if (sources.length !== 1 || targets.length > 1) {
    return { ...base, problem: 'a segment needs one <source> and at most one <target>' };
  }
  const source = plainText(sources[0] as XmlElement);
  const target = targets[0] === undefined ? '' : plainText(targets[0]);
  if (typeof source !== 'string') return { ...base, problem: source.problem };
  if (typeof target !== 'string') return { ...base, source, problem: target.problem };
  return { ...base, source, target: target === '' ? undefined : target, review };
}

/** Placeholders and tags travel as escaped text; inline XLIFF codes would lose them. */
function plainText(element: XmlElement): string | { problem: string } {
  const inline = element.children.find((child) => typeof child !== 'string');
  if (inline !== undefined && typeof inline !== 'string') {
    return {
      problem: `<${element.name}> contains the inline element <${inline.name}>; write placeholders and tags as plain text, e.g. {{name}} or <b>`,
    };
  }
  return element.children.join('');
}
