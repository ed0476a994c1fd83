/**
 * Reads the bytes of an imported file as text, whatever Excel saved: UTF-8 with or without a BOM,
 * UTF-16 ("Unicode text": little-endian as Windows writes it, or big-endian from a Mac), or GBK/GB18030 as Excel on Chinese Windows writes "CSV". UTF-8 is
 * tried strictly first; GBK text is almost never valid UTF-8, so a failure means GB18030 (a
 * superset of GBK), which decodes any byte sequence.
 */
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** The bytes of an export: UTF-8, with a BOM when Excel is to open it (Excel reads BOM-less UTF-8 as ANSI). */
export function encodeCsvText(text: string, options: { bom: boolean }): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!options.bom) return body;
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return bytes;
}
