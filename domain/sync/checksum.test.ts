import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, rowHash, TableChecksum, tableChecksum } from './checksum';

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined like JSON.stringify', () => {
    const row = { z: 1, a: { d: [1, undefined, 'x'], c: null, skip: undefined }, 名: '黄焖鸡' };
    expect(canonicalJson(row)).toBe('{"a":{"c":null,"d":[1,null,"x"]},"z":1,"名":"黄焖鸡"}');
  });

  it('is the same for any key order and survives a JSON round trip', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const roundTripped: unknown = JSON.parse(JSON.stringify(value));
        expect(canonicalJson(roundTripped)).toBe(canonicalJson(value));
        const canonical = canonicalJson(value);
        expect(JSON.parse(canonical)).toEqual(roundTripped);
      }),
      { seed: 4242 },
    );
  });
});

describe('table checksum', () => {
  const rows = [
    { id: 'a', name: '早餐', priceFen: 1200 },
    { id: 'b', name: 'Hotpot', priceFen: 8800 },
    { id: 'c', name: '夜宵', priceFen: 0 },
  ];

  it('does not depend on row order', () => {
    expect(tableChecksum(rows)).toBe(tableChecksum([...rows].reverse()));
  });

  it('changes when one field of one row changes', () => {
    const edited = rows.map((row) => (row.id === 'b' ? { ...row, priceFen: 8801 } : row));
    expect(tableChecksum(edited)).not.toBe(tableChecksum(rows));
  });

  it('keeps up row by row: add, replace and remove give the recomputed value', () => {
    const running = new TableChecksum();
    for (const row of rows) running.add(row);
    running.remove(rows[1]!).add({ ...rows[1]!, priceFen: 1 });
    running.remove(rows[2]!);
    expect(running.toString()).toBe(tableChecksum([rows[0]!, { ...rows[1]!, priceFen: 1 }]));
  });

  it('renders an empty table as a zero count and zero sums', () => {
    expect(tableChecksum([])).toBe('0:0000000000000000');
  });

  it('pins the hash so both ends stay on the same algorithm', () => {
    expect(rowHash({ id: 'a', n: 1 })).toEqual(rowHash({ n: 1, id: 'a' }));
    expect(tableChecksum([{ id: 'a', n: 1 }])).toMatchInlineSnapshot(`"1:479d60d1027a2e26"`);
  });
});
