// Characters XML 1.0 cannot carry at all, even as references (most C0 controls, U+FFFE/U+FFFF,
// unpaired surrogates): failing loudly beats a file every CAT tool refuses to open.
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/**
 * Escapes element text. `\r` becomes a reference because XML parsers turn a literal CR into LF;
 * `>` is escaped so `]]>` can never appear.
 */
export function escapeXmlText(text: string): string {
  assertCarriable(text);
  return text.replace(/[&<>\r]/g, (char) => TEXT_ESCAPES[char] as string);
}

/** Escapes an attribute value; whitespace becomes references since parsers fold it to spaces. */
export function escapeXmlAttribute(text: string): string {
  assertCarriable(text);
  return text.replace(/[&<>"\r\n\t]/g, (char) => ATTRIBUTE_ESCAPES[char] as string);
}

function assertCarriable(text: string): void {
  if (FORBIDDEN.test(text)) {
    throw new Error(`text contains a control character XML cannot carry: ${JSON.stringify(text)}`);
  }
}
