import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from './decode';
import { notCsvKind } from './sniff';
import { encodeGbk, GBK_MENU_TEXT } from '../menu/fixtures/gbk';

const kindOf = (bytes: Uint8Array) => notCsvKind(bytes, decodeCsvBytes(bytes).text);

/** Bytes that look like a compressed stream: a fixed pseudo-random sequence, no magic number. */
function noise(length: number, seed = 7): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i += 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

const ascii = (text: string) => [...new TextEncoder().encode(text)];
const utf16le = (text: string) =>
  [...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);

const withHead = (head: number[], rest = noise(2000)) => new Uint8Array([...head, ...rest]);

describe('notCsvKind', () => {
  it('names pictures, PDFs and workbooks by their magic numbers', () => {
    expect(kindOf(withHead([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('png');
    expect(kindOf(withHead([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(kindOf(withHead(ascii('GIF89a')))).toBe('gif');
    expect(kindOf(withHead(ascii('%PDF-1.7\n')))).toBe('pdf');
    expect(kindOf(withHead([0x50, 0x4b, 0x03, 0x04]))).toBe('zip');
    expect(kindOf(withHead([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('xls');
  });

  it('takes a NUL byte outside UTF-16 for binary', () => {
    expect(kindOf(new Uint8Array([...ascii('名称,价格\n豆浆,3\n'), 0, 1, 2]))).toBe('binary');
  });

  it('takes bytes that mostly do not decode for binary, whatever their first bytes', () => {
    const bytes = noise(4000).map((b) => (b === 0 ? 1 : b));
    expect(kindOf(bytes)).toBe('binary');
  });

  it('lets every kind of text a spreadsheet saves through', () => {
    const text = '名称,价格\r\n"酸辣粉，加辣",15\r\nCafé,3\r\n';
    const utf16 = new Uint8Array([0xff, 0xfe, ...utf16le(text)]);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...ascii(text)]);
    expect(kindOf(new Uint8Array(ascii(text)))).toBeNull();
    expect(kindOf(bom)).toBeNull();
    expect(kindOf(utf16)).toBeNull();
    expect(kindOf(encodeGbk(GBK_MENU_TEXT))).toBeNull();
    expect(kindOf(new Uint8Array())).toBeNull();
  });
});
