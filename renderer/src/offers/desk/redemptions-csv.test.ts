import { describe, expect, it } from 'vitest';
import { redemptionsCsv } from './redemptions-csv';

describe('redemptions CSV', () => {
  it('quotes commas and defuses formulas', () => {
    const csv = redemptionsCsv(
      [
        {
          time: '12:00',
          offer: '套餐, 双人',
          code: '1234 5678 9018',
          desk: 'K7Q2MD',
          how: '手输',
          marks: '=x',
        },
      ],
      ['时间', '团购', '券码', '核销台', '方式', '备注'],
    );
    expect(csv).toBe(
      '时间,团购,券码,核销台,方式,备注\r\n12:00,"套餐, 双人",1234 5678 9018,K7Q2MD,手输,\'=x\r\n',
    );
  });
});
