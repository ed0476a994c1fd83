/**
 * Files for the import tests, written here byte by byte as the programs that make them write them.
 * GBK bytes come from a table built by reading every GBK double-byte code with the platform's own
 * decoder (TextEncoder only writes UTF-8); the tests also check known pairs (张 = D5 C5) so the
 * table cannot agree with a broken decoder.
 */
let gbkTable: Map<string, number[]> | null = null;

function table(): Map<string, number[]> {
  if (gbkTable) return gbkTable;
  gbkTable = new Map();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !gbkTable.has(char))
        gbkTable.set(char, [lead, trail]);
    }
  }
  return gbkTable;
}

/** Text as Excel on Chinese Windows saves it: GBK, ASCII as is. */
export function encodeGbk(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table().get(char);
      if (!pair) throw new RangeError(`no GBK bytes for ${char}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

/** Quoted-printable of the bytes (=XX for every byte outside printable ASCII, and '='). */
export function quotedPrintable(bytes: Uint8Array): string {
  return [...bytes]
    .map((b) =>
      b >= 0x21 && b <= 0x7e && b !== 0x3d
        ? String.fromCharCode(b)
        : `=${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

/** UTF-16 with its BOM, little- or big-endian, as "Unicode text" is saved. */
export function encodeUtf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i += 1) {
    const [hi, lo] = [text.charCodeAt(i) >> 8, text.charCodeAt(i) & 0xff];
    bytes[2 + i * 2] = endian === 'le' ? lo : hi;
    bytes[3 + i * 2] = endian === 'le' ? hi : lo;
  }
  return bytes;
}

/** Breaks quoted-printable text into lines of at most `width`, never inside an =XX escape. */
function softBreaks(text: string, width: number): string {
  const lines: string[] = [''];
  for (const token of text.match(/=[0-9A-F]{2}|[^=]/g)!) {
    if (lines[lines.length - 1]!.length + token.length > width) lines.push('');
    lines[lines.length - 1] += token;
  }
  return lines.join('=\r\n');
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Android's contacts export: vCard 2.1, quoted-printable names in UTF-8, soft line breaks. */
export function androidVcf(): string {
  const name = quotedPrintable(utf8('欧阳娜娜'));
  // Android breaks quoted-printable lines at 76 characters with a '=' at the end.
  const note = quotedPrintable(utf8('老顾客，喜欢靠窗的位子，每周三来'));
  const noteLines = softBreaks(note, 60);
  return [
    'BEGIN:VCARD',
    'VERSION:2.1',
    `N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${quotedPrintable(utf8('欧阳'))};${quotedPrintable(utf8('娜娜'))};;;`,
    `FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${name}`,
    'TEL;HOME:010-8765-4321',
    'TEL;CELL:139 1234 5678',
    `NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${noteLines}`,
    'BDAY:1992-03-08',
    'END:VCARD',
    '',
  ].join('\r\n');
}

/** An older Chinese Android phone: vCard 2.1, quoted-printable in GBK. */
export function gbkAndroidVcf(): string {
  return [
    'BEGIN:VCARD',
    'VERSION:2.1',
    `N;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE:${quotedPrintable(encodeGbk('张'))};${quotedPrintable(encodeGbk('伟'))};;;`,
    `FN;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE:${quotedPrintable(encodeGbk('张伟'))}`,
    'TEL;WORK;VOICE:0755-2345-6789',
    'TEL;CELL;PREF:+86 136-0000-1111',
    'END:VCARD',
    '',
  ].join('\r\n');
}

/** An iPhone's export: vCard 3.0, grouped properties, a birthday without a year as 1604. */
export function iphoneVcf(): string {
  return [
    'BEGIN:VCARD',
    'VERSION:3.0',
    'PRODID:-//Apple Inc.//iPhone OS 17.5//EN',
    'N:李;小龙;;;',
    'FN:李小龙',
    'item1.TEL;type=pref:021-6666-8888',
    'TEL;type=CELL;type=VOICE:137 0000 2222',
    'BDAY;X-APPLE-OMIT-YEAR=1604:1604-11-27',
    'NOTE:会员\\, 爱喝美式\\nVIP',
    'END:VCARD',
    '',
  ].join('\r\n');
}

/** vCard 4.0 with folded lines (RFC 6350 §3.2) and a tel: URI. */
export function vcard4(): string {
  return [
    'BEGIN:VCARD',
    'VERSION:4.0',
    'FN:Jane',
    '  Doe',
    'N:Doe;Jane;;;',
    'TEL;VALUE=uri;TYPE=work:tel:+86-10-8888-7777',
    'TEL;VALUE=uri;TYPE="cell,voice":tel:+86-135-',
    '\t0000-3333',
    'BDAY:--0704',
    'GENDER:F',
    'CATEGORIES:friends,咖啡',
    'NOTE:Prefers oat milk. Allergic to nuts; please check the',
    '  label.',
    'END:VCARD',
    '',
  ].join('\r\n');
}

/** Outlook's "save as vCard": 2.1 with bare parameters and a Western name. */
export function outlookVcf(): string {
  return [
    'BEGIN:VCARD',
    'VERSION:2.1',
    'N;LANGUAGE=en-us:Smith;John',
    'FN:John Smith',
    'TEL;WORK;VOICE:(010) 6543-2100',
    'TEL;CELL;VOICE:186-0000-4444',
    'X-MS-OL-DEFAULT-POSTAL-ADDRESS:0',
    'REV:20261201T080000Z',
    'END:VCARD',
    '',
  ].join('\r\n');
}
