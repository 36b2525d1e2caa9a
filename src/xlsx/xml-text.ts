/**
 * Characters XML 1.0 cannot hold: C0 controls other than tab, line feed and carriage return,
 * lone surrogates, and U+FFFE / U+FFFF. One of them in a cell's text makes the whole .xlsx
 * invalid XML (LibreOffice then blanks every later string), so they are dropped on the way out.
 */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The text without the characters an XML file cannot hold.
 *
 * @example
 * xmlText('Ann\uFFFE Lee\u0001'); // => 'Ann Lee'
 */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '');
}
