/**
 * Contacts files (.vcf) as phones and mail programs write them: vCard 2.1 as Android exports it
 * (QUOTED-PRINTABLE values in the CHARSET they name, UTF-8 or GBK, with soft line breaks — a '='
 * at the end of a line), 3.0 as an iPhone exports it (grouped properties, TYPE lists, birthdays
 * without a year as 1604), 4.0 (tel: URIs, --MMDD birthdays) and Outlook's 2.1 (bare CELL
 * parameters). Lines folded with a leading space or tab are joined (RFC 6350 §3.2). A card with
 * several numbers keeps the mobile. Written here: the `vcf` package leaves quoted-printable encoded.
 */
import {
  finishRow,
  readBirthday,
  readGender,
  readName,
  readNote,
  readPhones,
  readTags,
  type PhoneCandidate,
} from './fields';
import { blankRow, type ImportRow } from './row';

export interface VcardProperty {
  name: string;
  params: Map<string, string[]>;
  /** The raw value: still escaped (3.0/4.0), quoted-printable decoded already. */
  value: string;
}

export interface Vcard {
  line: number;
  version: string;
  properties: VcardProperty[];
}

/** Whether a text is a contacts file (starts, after a BOM or blank lines, with BEGIN:VCARD). */
export const looksLikeVcard = (text: string): boolean =>
  /^\uFEFF?\s*BEGIN:VCARD/i.test(text.slice(0, 200));

interface RawLine {
  line: number;
  text: string;
}

/** Joins folded lines and quoted-printable soft line breaks into one logical line each. */
function unfold(text: string): RawLine[] {
  const physical = text.split(/\r\n|\n|\r/);
  const logical: RawLine[] = [];
  let current: RawLine | null = null;
  for (let i = 0; i < physical.length; i += 1) {
    const line = physical[i]!;
    // A quoted-printable value ending in '=' continues on the next line (a soft line break);
    // some phones also indent that line, which is then not part of the value.
    const quoted =
      current && /ENCODING=QUOTED-PRINTABLE|;QUOTED-PRINTABLE[;:]/i.test(headOf(current.text));
    if (current && quoted && current.text.endsWith('=')) {
      current.text = current.text.slice(0, -1) + line.replace(/^[ \t]/, '');
      continue;
    }
    if (current && /^[ \t]/.test(line)) {
      current.text += line.slice(1);
      continue;
    }
    current = { line: i + 1, text: line };
    logical.push(current);
  }
  return logical;
}

/** The part of a content line before its value (outside quoted parameter values). */
function headOf(text: string): string {
  return text.slice(0, valueStart(text));
}

function valueStart(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) return i;
  }
  return -1;
}

function splitParams(head: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let part = '';
  for (const c of head) {
    if (c === '"') quoted = !quoted;
    if (c === ';' && !quoted) {
      parts.push(part);
      part = '';
    } else part += c;
  }
  parts.push(part);
  return parts;
}

/** Quoted-printable to bytes, then text in the property's charset (UTF-8 unless it says). */
function decodeQuotedPrintable(value: string, charset: string | undefined): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i += 1) {
    const c = value[i]!;
    const hex = value.slice(i + 1, i + 3);
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (c.charCodeAt(0) < 0x80) bytes.push(c.charCodeAt(0));
    else bytes.push(...new TextEncoder().encode(c));
  }
  const raw = new Uint8Array(bytes);
  const label = (charset ?? 'utf-8').toLowerCase();
  try {
    return new TextDecoder(label, { fatal: true }).decode(raw);
  } catch {
    // A wrong or unknown charset: UTF-8 if the bytes are that, else the Chinese superset of GBK.
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(raw);
    } catch {
      return new TextDecoder('gb18030').decode(raw);
    }
  }
}

function parseProperty(text: string): VcardProperty | null {
  const at = valueStart(text);
  if (at <= 0) return null;
  const [nameWithGroup = '', ...rawParams] = splitParams(text.slice(0, at));
  const name = nameWithGroup.replace(/^.*\./, '').toUpperCase();
  const params = new Map<string, string[]>();
  for (const raw of rawParams) {
    const eq = raw.indexOf('=');
    // vCard 2.1 writes a type without its name: TEL;CELL;VOICE.
    const key = eq === -1 ? 'TYPE' : raw.slice(0, eq).toUpperCase();
    const values = (eq === -1 ? raw : raw.slice(eq + 1))
      .split(',')
      .map((v) => v.replace(/^"|"$/g, '').trim());
    params.set(key, [...(params.get(key) ?? []), ...values]);
  }
  let value = text.slice(at + 1);
  const encoding = params.get('ENCODING')?.[0]?.toUpperCase();
  const qp =
    encoding === 'QUOTED-PRINTABLE' ||
    params.get('TYPE')?.some((t) => /^quoted-printable$/i.test(t));
  if (qp) value = decodeQuotedPrintable(value, params.get('CHARSET')?.[0]);
  return { name, params, value };
}

/** Every card in the text, each property with its parameters and decoded value. */
export function parseVcards(text: string): Vcard[] {
  const cards: Vcard[] = [];
  let card: Vcard | null = null;
  for (const { line, text: content } of unfold(text.replace(/^\uFEFF/, ''))) {
    if (/^BEGIN:VCARD\s*$/i.test(content)) {
      card = { line, version: '', properties: [] };
      continue;
    }
    if (!card) continue;
    if (/^END:VCARD\s*$/i.test(content)) {
      cards.push(card);
      card = null;
      continue;
    }
    const property = parseProperty(content);
    if (!property) continue;
    if (property.name === 'VERSION') card.version = property.value.trim();
    else card.properties.push(property);
  }
  return cards;
}

/** Splits a structured value on unescaped ';' (or ',') and unescapes each part (3.0/4.0 rules). */
export function splitValue(value: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let part = '';
  for (let i = 0; i < value.length; i += 1) {
    const c = value[i]!;
    if (c === '\\' && i + 1 < value.length) {
      const next = value[i + 1]!;
      part += next === 'n' || next === 'N' ? '\n' : next;
      i += 1;
    } else if (c === separator) {
      parts.push(part);
      part = '';
    } else part += c;
  }
  parts.push(part);
  return parts;
}

/** A text value unescaped (a ';' escaped or not is a ';' in a text that is not structured). */
const unescape = (value: string) => splitValue(value, ';').join(';');

const hasCjk = (text: string) => /[\u3400-\u9fff]/.test(text);

/** The person's name: FN, else N read as a Chinese (family then given) or Western name. */
function nameOf(card: Vcard): string {
  const fn = card.properties.find((p) => p.name === 'FN');
  if (fn && unescape(fn.value).trim() !== '') return unescape(fn.value);
  const n = card.properties.find((p) => p.name === 'N');
  if (!n) return '';
  const [family = '', given = '', middle = ''] = splitValue(n.value, ';').map((s) => s.trim());
  if (hasCjk(family + given)) return `${family}${middle}${given}`;
  return [given, middle, family].filter(Boolean).join(' ');
}

function phonesOf(card: Vcard): PhoneCandidate[] {
  return card.properties
    .filter((p) => p.name === 'TEL')
    .map((p) => {
      const types = (p.params.get('TYPE') ?? []).map((t) => t.toLowerCase());
      const value = unescape(p.value).replace(/^tel:/i, '').replace(/;.*$/, '');
      return { value, cell: types.includes('cell') || types.includes('mobile') };
    });
}

/** One customer per card; a card's line is where its BEGIN:VCARD is. */
export function readVcards(text: string): ImportRow[] {
  return parseVcards(text).map((card) => {
    const row = blankRow(card.line);
    const get = (name: string) => card.properties.find((p) => p.name === name);
    readName(row, nameOf(card));
    readPhones(row, phonesOf(card));
    const bday = get('BDAY');
    if (bday) readBirthday(row, unescape(bday.value));
    const gender = get('GENDER') ?? get('X-GENDER');
    if (gender) readGender(row, splitValue(gender.value, ';')[0]);
    for (const categories of card.properties.filter((p) => p.name === 'CATEGORIES'))
      readTags(row, splitValue(categories.value, ',').join(','));
    const note = get('NOTE');
    if (note) readNote(row, unescape(note.value));
    return finishRow(row);
  });
}
