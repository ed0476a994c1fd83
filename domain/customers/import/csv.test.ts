import { describe, expect, it } from 'vitest';
import { encodeCsvText } from '../../csv/decode';
import { normalizeCustomerHeader, suggestCustomerMapping } from './csv';
import { parseBirthday } from './fields';
import { readCustomerFile } from './read';
import { encodeGbk, encodeUtf16 } from './test-files';

/** An old system's member list as Excel on Chinese Windows saves "CSV (逗号分隔)": GBK, CRLF. */
const OLD_SYSTEM_CSV = [
  '会员姓名,手机号码,性别,生日,会员标签,储值余额(元),赠送余额,积分,来源,备注',
  '张伟,138 1234 5678,男,1990-05-12,老客户,500.00,50,1200,美团,爱吃辣',
  '李娜,+86 139-0000-1111,女,5月12日,"VIP,常客",0,0,0,,',
  '王芳,1.39E+10,女,,,,,,,',
  '赵敏,13700002222,保密,不记得,,12.345,,1.5,,',
  ',,,,,,,,,',
  '刘洋,13600003333,,1985/7/1,,"1,200.50",,"3,000",大众点评,',
].join('\r\n');

describe('customer spreadsheets', () => {
  it('reads GBK as Excel on Chinese Windows saves it, with the columns recognised', () => {
    const bytes = encodeGbk(OLD_SYSTEM_CSV);
    expect([...bytes.subarray(0, 2)]).toEqual([0xbb, 0xe1]); // 会, not UTF-8
    const read = readCustomerFile(bytes);
    expect(read).toMatchObject({ format: 'csv', encoding: 'gb18030', delimiter: ',' });
    expect(read.mapping).toEqual({
      name: 0,
      phone: 1,
      gender: 2,
      birthday: 3,
      tags: 4,
      principal: 5,
      bonus: 6,
      points: 7,
      source: 8,
      note: 9,
    });
    const [zhang, li, wang, zhao, liu] = read.rows;
    expect(zhang).toMatchObject({
      line: 2,
      name: '张伟',
      phone: '13812345678',
      gender: 'male',
      birthday: { year: 1990, month: 5, day: 12 },
      tags: ['老客户', '美团'],
      note: '爱吃辣',
      principalFen: 50_000,
      bonusFen: 5_000,
      points: 1200,
      errors: [],
      warnings: [],
    });
    expect(li).toMatchObject({
      phone: '13900001111',
      birthday: { year: null, month: 5, day: 12 },
      tags: ['VIP', '常客'],
    });
    expect(wang!.errors).toEqual([
      { field: 'phone', code: 'phone_scientific', params: { value: '1.39E+10' } },
    ]);
    expect(zhao!.gender).toBeNull();
    expect(zhao!.warnings).toEqual([
      { field: 'birthday', code: 'not_a_date', params: { value: '不记得' } },
    ]);
    expect(zhao!.errors).toEqual([
      { field: 'principal', code: 'money_too_many_decimals', params: { value: '12.345' } },
      { field: 'points', code: 'points_not_whole', params: { value: '1.5' } },
    ]);
    // The empty line 6 is not a customer; line 7 keeps its own number.
    expect(liu).toMatchObject({ line: 7, principalFen: 120_050, points: 3000 });
    expect(read.rows).toHaveLength(5);
  });

  it('reads UTF-8 with a BOM and English headers', () => {
    const text =
      'Name,Mobile,Birthday,Balance,Bonus balance,Points\nJane Doe,13500003333,1988-02-29,88,,10\n';
    const read = readCustomerFile(encodeCsvText(text, { bom: true }));
    expect(read.encoding).toBe('utf-8-bom');
    expect(read.rows[0]).toMatchObject({
      name: 'Jane Doe',
      phone: '13500003333',
      birthday: { year: 1988, month: 2, day: 29 },
      principalFen: 8_800,
      points: 10,
    });
  });

  it('reads "Unicode text" (UTF-16, tab-separated), little- and big-endian', () => {
    const text = '姓名\t手机\t积分\r\n孙丽\t13300004444\t20\r\n';
    for (const endian of ['le', 'be'] as const) {
      const read = readCustomerFile(encodeUtf16(text, endian));
      expect(read.encoding).toBe(`utf-16${endian}`);
      expect(read.delimiter).toBe('\t');
      expect(read.rows[0]).toMatchObject({ name: '孙丽', phone: '13300004444', points: 20 });
    }
  });

  it("uses the shop's mapping over the suggestion, and reports the parser's broken lines as rows", () => {
    const text = 'A,B\n13800001111,周杰\n"13800002222,吴彦\n';
    const read = readCustomerFile(encodeCsvText(text, { bom: false }), { phone: 0, name: 1 });
    expect(read.rows[0]).toMatchObject({ name: '周杰', phone: '13800001111' });
    expect(read.rows[1]).toMatchObject({
      line: 3,
      errors: [{ field: 'row', code: 'unterminated_quote' }],
    });
  });

  it('keeps the mobile when a cell holds two numbers', () => {
    const read = readCustomerFile(
      encodeCsvText('姓名,电话\n钱多,010-87654321 / 13911112222\n', { bom: false }),
    );
    expect(read.rows[0]).toMatchObject({
      phone: '13911112222',
      warnings: [{ code: 'other_numbers' }],
    });
  });

  it('refuses a picture renamed .csv before reading it', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]);
    expect(readCustomerFile(png)).toMatchObject({ notText: 'png', rows: [] });
  });

  it('recognises headers with units, required marks and spaces', () => {
    expect(normalizeCustomerHeader(' 本金（元）* ')).toBe('本金');
    expect(suggestCustomerMapping(['Phone Number', 'Full Name', '赠送金额'])).toEqual({
      phone: 0,
      name: 1,
      bonus: 2,
    });
  });
});

describe('parseBirthday', () => {
  it.each([
    ['1990-05-12', { year: 1990, month: 5, day: 12 }],
    ['1990/5/12', { year: 1990, month: 5, day: 12 }],
    ['1990年5月12日', { year: 1990, month: 5, day: 12 }],
    ['19900512', { year: 1990, month: 5, day: 12 }],
    ['05-12', { year: null, month: 5, day: 12 }],
    ['5月12日', { year: null, month: 5, day: 12 }],
    ['--0512', { year: null, month: 5, day: 12 }],
    ['--05-12', { year: null, month: 5, day: 12 }],
    ['1604-05-12', { year: null, month: 5, day: 12 }],
    ['1990-05-12T00:00:00Z', { year: 1990, month: 5, day: 12 }],
  ])('reads %s', (text, birthday) => expect(parseBirthday(text)).toEqual(birthday));

  it.each(['1990-02-30', '2023-02-29', '13-01', 'soon', ''])('refuses %s', (text) =>
    expect(parseBirthday(text)).toBeNull(),
  );
});
