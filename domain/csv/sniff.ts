/**
 * Tells a file that is not text from a CSV before anything tries to read it as a menu: a photo,
 * a PDF or an Excel workbook renamed ".csv" would otherwise decode as GB18030 (which accepts any
 * bytes) and show a column mapping full of garbage.
 */
export type NotCsvKind = 'png' | 'jpeg' | 'gif' | 'pdf' | 'zip' | 'xls' | 'binary';

const MAGIC: readonly { kind: NotCsvKind; bytes: readonly number[] }[] = [
  { kind: 'png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46] },
  // .xlsx (and .numbers, .docx) are zip archives; .xls is an OLE compound file.
  { kind: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'xls', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
];

/** How much of the start of the file is looked at: enough to judge, cheap for 10 MB. */
const SAMPLE_BYTES = 64 * 1024;
/** Text a spreadsheet writes has no control characters besides tab and line ends. */
const MAX_ODD_SHARE = 0.02;

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((byte, i) => bytes[i] === byte);

const isUtf16 = (bytes: Uint8Array) =>
  (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);

/** Characters no CSV holds: replacement characters (undecodable bytes) and control characters. */
function oddShare(text: string): number {
  if (text.length === 0) return 0;
  let odd = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f) odd += 1;
  }
  return odd / text.length;
}

/**
 * What kind of non-text file the bytes are, or null when they may be a CSV. `decoded` is the
 * start of the text as decodeCsvBytes read it, to count what did not decode.
 */
export function notCsvKind(bytes: Uint8Array, decoded: string): NotCsvKind | null {
  const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
  if (magic) return magic.kind;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  // UTF-16 text is half NUL bytes; anything else with a NUL is not text.
  if (!isUtf16(sample) && sample.includes(0)) return 'binary';
  return oddShare(decoded.slice(0, SAMPLE_BYTES)) > MAX_ODD_SHARE ? 'binary' : null;
}
