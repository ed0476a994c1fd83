import { describe, expect, it } from 'vitest';
import type { CustomerPersonal } from '@domain/customers/schema';
import { mergeFields } from './merge-fields';

const base: CustomerPersonal = {
  id: '0195a000-0000-7000-8000-000000000001',
  name: '',
  phone: '13812341234',
  gender: null,
  birthday: null,
  tags: ['常客'],
  note: '',
};

describe('merge fields', () => {
  it('fills only the kept profile’s blanks, and joins the tags', () => {
    const other = {
      ...base,
      id: '0195a000-0000-7000-8000-000000000002',
      name: '张三',
      phone: '13900000000',
      gender: 'male' as const,
      tags: ['VIP', '常客'],
    };
    expect(mergeFields(base, [other])).toEqual({
      name: '张三',
      gender: 'male',
      tags: ['常客', 'VIP'],
    });
  });
  it('changes nothing when the kept profile has it all', () => {
    expect(
      mergeFields(
        {
          ...base,
          name: '李四',
          note: 'x',
          gender: 'female',
          birthday: { month: 1, day: 2, year: null },
        },
        [base],
      ),
    ).toEqual({});
  });
});
