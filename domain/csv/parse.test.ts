import { describe, expect, it } from 'vitest';
import { encodeGbk, GBK_MENU_TEXT } from '../menu/fixtures/gbk';
import { decodeCsvBytes, encodeCsvText } from './decode';
import { parseCsv } from './parse';

const values = (text: string) => parseCsv(text).rows.map((row) => row.fields);

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks inside', () => {
    const table = parseCsv(
      'name,description,price\r\n"Rice, large","He said ""hot""\r\nline two",12\r\nTea,"a\nb",3\r\n',
    );
    expect(table.rows).toEqual([
      { line: 2, fields: ['Rice, large', 'He said "hot"\r\nline two', '12'] },
      { line: 4, fields: ['Tea', 'a\nb', '3'] },
    ]);
    expect(table.errors).toEqual([]);
  });

  it('detects tab-separated text (Excel "Unicode text")', () => {
    const table = parseCsv('名称\t价格\n黄焖鸡, 大份\t25\n');
    expect(table.delimiter).toBe('\t');
    expect(table.rows[0]!.fields).toEqual(['黄焖鸡, 大份', '25']);
  });

  it('reads CR-only line ends and a last line without a line end', () => {
    expect(values('a,b\r1,2\r3,4')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('gives no headers and no rows for an empty file, and headers only for a header line', () => {
    expect(parseCsv('')).toEqual({ delimiter: ',', headers: [], rows: [], errors: [] });
    expect(parseCsv('\uFEFFname,price\r\n')).toEqual({
      delimiter: ',',
      headers: ['name', 'price'],
      rows: [],
      errors: [],
    });
  });

  it('skips blank lines and tolerates trailing delimiters', () => {
    expect(values('a,b\n\n1,2,,\n\n3,4\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('reports a row with the wrong number of fields and keeps the rest', () => {
    const table = parseCsv('a,b\n1,2\n3\n4,5\n');
    expect(table.errors).toEqual([
      { line: 3, code: 'wrong_field_count', params: { expected: 2, found: 1 }, start: '3' },
    ]);
    expect(table.rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('reports a quote that never closes and resumes on the next line', () => {
    const table = parseCsv('a,b\n1,2\n"3,4\n5,6\n');
    expect(table.errors).toEqual([{ line: 3, code: 'unterminated_quote', start: '"3,4' }]);
    expect(table.rows).toEqual([
      { line: 2, fields: ['1', '2'] },
      { line: 4, fields: ['5', '6'] },
    ]);
  });

  it('marks a file that ends inside a quoted multi-line field as cut off', () => {
    const table = parseCsv('名称,价格,描述\r\n豆浆,3,"现磨"\r\n蛋糕,28,"三层\r\n奶油');
    expect(table.unclosedQuoteLine).toBe(3);
    expect(table.rows.map((r) => r.fields[0])).toEqual(['豆浆']);
    expect(parseCsv('a,b\n1,"2"\n').unclosedQuoteLine).toBeUndefined();
  });

  it('does not let a stray quote swallow the rows up to the next quoted field', () => {
    const table = parseCsv('a,b\n"oops,1\n2,3\n4,"x"\n5,6\n');
    expect(table.errors).toEqual([
      { line: 2, code: 'wrong_field_count', params: { expected: 2, found: 2 }, start: '"oops,1' },
    ]);
    expect(table.rows.map((r) => r.fields)).toEqual([
      ['2', '3'],
      ['4', 'x'],
      ['5', '6'],
    ]);
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(values('a,b\n12" pizza,1\n')).toEqual([['12" pizza', '1']]);
  });

  it('reads a 10 MB file with one broken row in the middle', () => {
    const row = (n: number) => `${n},"黄焖鸡米饭 ${n}, 大份","第一行\n第二行",25.00,HMJ-${n}\r\n`;
    const parts = ['id,name,description,price,sku\r\n'];
    let size = 0;
    let n = 0;
    while (size < 10 * 1024 * 1024) {
      const text = row((n += 1));
      parts.push(text);
      size += text.length * 2;
    }
    const middle = Math.floor(parts.length / 2);
    parts[middle] = `${middle},"broken,1,2\r\n`;
    const brokenLine = 2 + (middle - 1) * 2;
    const table = parseCsv(parts.join(''));
    expect(table.errors).toEqual([
      {
        line: brokenLine,
        code: 'wrong_field_count',
        params: expect.any(Object),
        start: `${middle},"broken,1,2`,
      },
    ]);
    expect(table.rows).toHaveLength(n - 1);
    // The broken record took one line instead of two.
    expect(table.rows.at(-1)).toEqual({
      line: 2 + (n - 1) * 2 - 1,
      fields: [String(n), `黄焖鸡米饭 ${n}, 大份`, '第一行\n第二行', '25.00', `HMJ-${n}`],
    });
  });
});

describe('decodeCsvBytes', () => {
  it('strips a UTF-8 BOM and says so', () => {
    const bytes = encodeCsvText('名称,价格\n黄焖鸡米饭,25\n', { bom: true });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const decoded = decodeCsvBytes(bytes);
    expect(decoded).toEqual({ text: '名称,价格\n黄焖鸡米饭,25\n', encoding: 'utf-8-bom' });
    expect(parseCsv(decoded.text).headers).toEqual(['名称', '价格']);
  });

  it('reads plain UTF-8', () => {
    expect(decodeCsvBytes(encodeCsvText('豆浆,3', { bom: false }))).toEqual({
      text: '豆浆,3',
      encoding: 'utf-8',
    });
  });

  it('recognises GBK as Excel on Chinese Windows saves it', () => {
    const bytes = encodeGbk(GBK_MENU_TEXT);
    expect([...bytes.slice(0, 2)]).toEqual([0xc3, 0xfb]);
    const decoded = decodeCsvBytes(bytes);
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe(GBK_MENU_TEXT);
    expect(parseCsv(decoded.text).rows.map((r) => r.fields[0])).toEqual([
      '黄焖鸡米饭',
      '重庆小面',
      '酸梅汤',
    ]);
  });

  it('reads UTF-16 "Unicode text"', () => {
    const text = '名称\t价格\r\n豆浆\t3\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(decodeCsvBytes(bytes)).toEqual({ text, encoding: 'utf-16le' });
  });

  it('reads big-endian UTF-16 by its BOM', () => {
    const text = '姓名\t手机\r\n张三\t13812345678\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i += 1) {
      bytes[2 + i * 2] = text.charCodeAt(i) >> 8;
      bytes[3 + i * 2] = text.charCodeAt(i) & 0xff;
    }
    expect(decodeCsvBytes(bytes)).toEqual({ text, encoding: 'utf-16be' });
  });

  it('decodes an empty file as empty UTF-8', () => {
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});
