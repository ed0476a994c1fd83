/**
 * Descriptions arrive as HTML from Shopify ("Body (HTML)"), Square and hand-kept sheets pasted
 * from a web page: shops see plain text in the console and the storefront, so tags become line
 * breaks and "• " list items, and entities (&eacute; &nbsp; &#233;) become their characters.
 */

/** HTML's Latin-1 entities, in code point order from U+00A0 (&nbsp;) to U+00FF (&yuml;). */
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn ' +
  'sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave ' +
  'Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ' +
  'ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN ' +
  'szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave ' +
  'iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ' +
  'ucirc uuml yacute thorn yuml';

/** The entities descriptions use (names are case-sensitive: &Eacute; is É); others stay as written. */
const NAMED_ENTITIES: Record<string, string> = {
  ...Object.fromEntries(LATIN1.split(' ').map((name, i) => [name, String.fromCharCode(0xa0 + i)])),
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  trade: '™',
  euro: '€',
};

const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,10});/gi;
const TAG = /<\/?[a-z][a-z0-9]*\b[^<>]*>/i;

function decodeEntity(whole: string, body: string): string {
  if (body[0] !== '#') return NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  const code =
    body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

/** Whether a text holds HTML tags or entities (plain text such as "a < b" is left alone). */
export function looksLikeHtml(text: string): boolean {
  return TAG.test(text) || new RegExp(ENTITY.source, 'i').test(text);
}

/** The text of an HTML fragment, with its paragraphs, line breaks and list items. */
export function htmlToText(html: string): string {
  const text = html
    // Line ends in HTML source are spaces; only tags make lines.
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<li\b[^>]*>/gi, '\n• ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(p|div|ul|ol|h[1-6]|tr|table|blockquote|section|article)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(ENTITY, decodeEntity);
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A description as the shop should see it: HTML turned to text, anything else as written. */
export function plainDescription(text: string | undefined): string | undefined {
  return text !== undefined && looksLikeHtml(text) ? htmlToText(text) : text;
}
