import { describe, expect, it } from 'vitest';
import { readCustomerFile } from './read';
import {
  androidVcf,
  encodeGbk,
  gbkAndroidVcf,
  iphoneVcf,
  outlookVcf,
  quotedPrintable,
  vcard4,
} from './test-files';
import { parseVcards, readVcards } from './vcard';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('vCard files', () => {
  it('reads Android 2.1: quoted-printable UTF-8 with soft line breaks, the mobile among two numbers', () => {
    const text = androidVcf();
    expect(text).toMatch(/=\r\n/); // the note really is broken over lines
    const [row] = readVcards(text);
    expect(row).toMatchObject({
      line: 1,
      name: '欧阳娜娜',
      phone: '13912345678',
      note: '老顾客，喜欢靠窗的位子，每周三来',
      birthday: { year: 1992, month: 3, day: 8 },
      errors: [],
    });
    expect(row!.warnings).toEqual([
      { field: 'phone', code: 'other_numbers', params: { count: 1 } },
    ]);
  });

  it('reads 2.1 quoted-printable in GBK, as older Chinese phones export', () => {
    expect([...encodeGbk('张')]).toEqual([0xd5, 0xc5]);
    const text = gbkAndroidVcf();
    expect(text).toContain(`FN;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE:=D5=C5=CE=B0`);
    const [row] = readVcards(text);
    expect(row).toMatchObject({ name: '张伟', phone: '13600001111', errors: [] });
  });

  it('reads an iPhone 3.0 card: grouped TEL, TYPE lists, a birthday without a year, escapes', () => {
    const [row] = readVcards(iphoneVcf());
    expect(row).toMatchObject({
      name: '李小龙',
      phone: '13700002222',
      birthday: { year: null, month: 11, day: 27 },
      note: '会员, 爱喝美式\nVIP',
      errors: [],
    });
  });

  it('reads 4.0 with folded lines, tel: URIs, --MMDD, gender and categories', () => {
    const [card] = parseVcards(vcard4());
    expect(card!.version).toBe('4.0');
    expect(card!.properties.find((p) => p.name === 'FN')!.value).toBe('Jane Doe');
    const [row] = readVcards(vcard4());
    expect(row).toMatchObject({
      name: 'Jane Doe',
      phone: '13500003333',
      birthday: { year: null, month: 7, day: 4 },
      gender: 'female',
      tags: ['friends', '咖啡'],
      note: 'Prefers oat milk. Allergic to nuts; please check the label.',
      errors: [],
    });
  });

  it("reads Outlook's 2.1: bare CELL parameters and a Western name", () => {
    const [row] = readVcards(outlookVcf());
    expect(row).toMatchObject({ name: 'John Smith', phone: '18600004444', errors: [] });
  });

  it('reads a file of several cards, each from its BEGIN line, as a contacts file', () => {
    const text = [androidVcf(), iphoneVcf(), vcard4()].join('');
    const read = readCustomerFile(bytes(text));
    expect(read.format).toBe('vcard');
    expect(read.rows.map((r) => [r.line, r.name])).toEqual([
      [1, '欧阳娜娜'],
      [text.slice(0, text.indexOf('VERSION:3.0')).split('\r\n').length - 1, '李小龙'],
      [text.slice(0, text.indexOf('VERSION:4.0')).split('\r\n').length - 1, 'Jane Doe'],
    ]);
  });

  it('reads a GBK file whose values are raw bytes, and says why a card without a usable number is skipped', () => {
    const text =
      'BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=GBK:王;芳\r\nTEL;CELL:12345\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nTEL:\r\nEND:VCARD\r\n';
    const read = readCustomerFile(encodeGbk(text));
    expect(read.encoding).toBe('gb18030');
    expect(read.rows[0]).toMatchObject({
      name: '王芳',
      phone: null,
      errors: [{ field: 'phone', code: 'phone_invalid', params: { value: '12345' } }],
    });
    expect(read.rows[1]!.errors).toEqual([{ field: 'row', code: 'no_name_or_phone' }]);
  });

  it('joins a soft line break whose next line is indented', () => {
    const [first, second] = [
      quotedPrintable(encodeGbk('欧阳')),
      quotedPrintable(encodeGbk('娜娜')),
    ];
    const text = `BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE:${first}=\r\n ${second}\r\nEND:VCARD\r\n`;
    expect(readVcards(text)[0]!.name).toBe('欧阳娜娜');
  });

  it('keeps a quoted-printable value in an unknown charset readable', () => {
    const text = `BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=X-UNKNOWN;ENCODING=QUOTED-PRINTABLE:${quotedPrintable(encodeGbk('赵敏'))}\r\nEND:VCARD\r\n`;
    expect(readVcards(text)[0]!.name).toBe('赵敏');
  });
});
