import { describe, expect, it } from 'vitest';
import {
  accountHits,
  buildCustomerSearchIndex,
  buildCustomerSearchIndexInSlices,
  readCustomerQuery,
  type SearchablePerson,
} from './search';

const people: SearchablePerson[] = [
  { id: 'c01', name: '张三', phone: '13812341234' },
  { id: 'c02', name: '张三丰', phone: '13900001234' },
  { id: 'c03', name: '李四', phone: '13712345678' },
  { id: 'c04', name: '曾国藩', phone: '15800005555' },
  { id: 'c05', name: '单雄信', phone: '18600006666' },
  { id: 'c06', name: '王小三', phone: '01087654321' },
  { id: 'c07', name: '赵敏', phone: null },
  { id: 'c08', name: '张珊', phone: '13612349999' },
];
const index = buildCustomerSearchIndex(people);

describe('customer search by phone', () => {
  it('finds everyone whose phone ends in the 4 digits, those first, then the rest holding them', () => {
    // c01 and c02 end in 1234; c03 (137 1234 5678) and c08 (136 1234 9999) only hold 1234.
    expect(index.search('1234')).toEqual(['c01', 'c02', 'c03', 'c08']);
    expect(index.search('1234', { limit: 2 })).toEqual(['c01', 'c02']);
    expect(index.search('1234', { limit: 3 })).toEqual(['c01', 'c02', 'c03']);
    expect(index.search('5555')).toEqual(['c04']);
    expect(index.search('4321')).toEqual(['c06']);
  });

  it('finds the whole phone as typed, with +86, spaces and dashes, exactly that number first', () => {
    expect(index.search('13812341234')).toEqual(['c01']);
    expect(index.search('+86 138-1234-1234')).toEqual(['c01']);
    expect(index.search('0086 138 1234 1234')).toEqual(['c01']);
    expect(index.search('138 1234 1234')).toEqual(['c01']);
    expect(index.search('１３８１２３４１２３４')).toEqual(['c01']);
    expect(index.search('010-8765-4321')).toEqual(['c06']);
    expect(readCustomerQuery('+86 138-1234-1234')).toEqual({ kind: 'phone', phone: '13812341234' });
  });

  it('finds any run of 3 or more digits, phones ending in it before those starting with it', () => {
    expect(index.search('666')).toEqual(['c05']);
    expect(index.search('00005')).toEqual(['c04']);
    // 139 starts c02's phone; no phone ends in 139.
    expect(index.search('139')).toEqual(['c02']);
    // c02 ends in 001234 and c01 …341234: ending ranks before starting (none start with it).
    expect(index.search('01234')).toEqual(['c02']);
    expect(index.search('+86 138')).toEqual(['c01']);
    // 8765 is inside the landline; 13 starts five phones.
    expect(index.search('8765')).toEqual(['c06']);
    expect(index.search('137')).toEqual(['c03']);
  });

  it('finds nothing for fewer than 3 digits or an empty query', () => {
    expect(index.search('13')).toEqual([]);
    expect(index.search('')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
    expect(index.search('9876')).toEqual([]);
  });
});

describe('customer search by name', () => {
  it('finds by characters, the whole name first, then names starting with it', () => {
    expect(index.search('张三')).toEqual(['c01', 'c02']);
    expect(index.search('三')).toEqual(['c01', 'c02', 'c06']);
    expect(index.search('赵敏')).toEqual(['c07']);
  });

  it('finds by full pinyin, initials and a mix, an exact reading first', () => {
    expect(index.search('zhangsan')).toEqual(['c01', 'c02']);
    expect(index.search('ZhangSan')).toEqual(['c01', 'c02']);
    expect(index.search('zhang san')).toEqual(['c01', 'c02']);
    expect(index.search('zs')).toEqual(['c01', 'c08', 'c02']);
    expect(index.search('zsf')).toEqual(['c02']);
    expect(index.search('zhangs')).toEqual(['c01', 'c02', 'c08']);
    expect(index.search('zhangsf')).toEqual(['c02']);
    expect(index.search('张s')).toEqual(['c01', 'c02', 'c08']);
    expect(index.search('wxs')).toEqual(['c06']);
    expect(index.search('xiaosan')).toEqual(['c06']);
  });

  it('reads a polyphonic surname as a surname first, its other readings still matching', () => {
    // 曾 as a surname is zeng, 单 is shan; typed as ceng or dan they are still found.
    expect(index.search('zeng')).toEqual(['c04']);
    expect(index.search('zgf')).toEqual(['c04']);
    expect(index.search('ceng')).toEqual(['c04']);
    expect(index.search('shanxiongxin')).toEqual(['c05']);
    expect(index.search('sxx')).toEqual(['c05']);
    expect(index.search('danxiongxin')).toEqual(['c05']);
    expect(index.search('dxx')).toEqual(['c05']);
  });

  it('ranks the contextual reading above another reading of the same letters', () => {
    const both = buildCustomerSearchIndex([
      { id: 'dan', name: '单雄信', phone: null }, // shan xiong xin; 单 also reads dan
      { id: 'dai', name: '戴安', phone: null }, // dai an: 'dan' as initials + a full reading
      { id: 'da', name: '丹妮', phone: null }, // dan ni
    ]);
    // 丹 reads dan in context; 单 only by another reading, 戴安 only syllable by syllable: those
    // two tie and keep the order given.
    expect(both.search('dan')).toEqual(['da', 'dan', 'dai']);
  });

  it('finds nobody for letters no name reads', () => {
    expect(index.search('qqq')).toEqual([]);
    expect(index.search('张x')).toEqual([]);
  });
});

describe('customer search index builds', () => {
  it('builds the same index in slices, pausing between them', async () => {
    let pauses = 0;
    const sliced = await buildCustomerSearchIndexInSlices(people, {
      sliceMs: -1,
      pause: async () => {
        pauses += 1;
      },
    });
    expect(pauses).toBe(people.length);
    for (const query of ['1234', 'zs', '三', '+86 138-1234-1234', '666'])
      expect(sliced.search(query)).toEqual(index.search(query));
  });

  it('reuses unchanged people on rebuild and re-reads changed ones', () => {
    const changed = people.map((p) =>
      p.id === 'c03' ? { ...p, name: '李思思', phone: '13700004444' } : p,
    );
    const rebuilt = buildCustomerSearchIndex(changed, index);
    expect(rebuilt.entries.find((e) => e.id === 'c01')).toBe(
      index.entries.find((e) => e.id === 'c01'),
    );
    expect(rebuilt.entries.find((e) => e.id === 'c03')).not.toBe(
      index.entries.find((e) => e.id === 'c03'),
    );
    expect(rebuilt.search('4444')).toEqual(['c03']);
    expect(rebuilt.search('lss')).toEqual(['c03']);
    expect(rebuilt.search('1234')).toEqual(['c01', 'c02', 'c08']);
  });

  it('keeps the given order among equals', () => {
    const reversed = buildCustomerSearchIndex([...people].reverse());
    expect(reversed.search('1234')).toEqual(['c02', 'c01', 'c08', 'c03']);
  });
});

describe('accountHits', () => {
  it('turns hits on merged profiles into their account, each account once at its best hit', () => {
    const customer = (id: string, mergedInto: string | null = null) => ({ id, mergedInto });
    const byId = new Map(
      [customer('c01'), customer('c02', 'c03'), customer('c03'), customer('c08', 'c01')].map(
        (c) => [c.id, c],
      ),
    );
    // 1234: c01, c02 (merged into c03), c03, c08 (merged into c01).
    expect(accountHits(index.search('1234'), byId)).toEqual(['c01', 'c03']);
    expect(accountHits(['c99', 'c02'], byId)).toEqual(['c03']);
  });
});
