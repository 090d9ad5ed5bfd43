// XML 1.0 text: escapes markup characters and drops code points XML cannot carry at all.
/** Anything outside Char (XML 1.0 §2.2): C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export const stripInvalidXml = (text: string): string => text.replace(NOT_XML_CHAR, '');

/** For element text and attribute values alike; newlines and tabs in attributes survive as references. */
export function escapeXml(text: string, o: { attribute?: boolean } = {}): string {
  const escaped = stripInvalidXml(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
  return o.attribute ? escaped.replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;') : escaped;
}

/** ` name="value"` pairs, escaped. */
export function attributes(attrs: Record<string, string | number>): string {
  return Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v), { attribute: true })}"`)
    .join('');
}
