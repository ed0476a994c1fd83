import { describe, expect, it } from 'vitest';
import {
  sampleOffer,
  sampleRedemption,
  sampleReversal,
  sampleVoucher,
} from '@domain/test-support/offers';
import { offerReport, redeemedShareFen, type ReportPeriod } from './offer-report';
import { offerReportCsv, reportColumns, withBom } from './offer-report-csv';

const clock = { timeZone: 'Asia/Shanghai', cutoffMinutes: 240 };
const always: ReportPeriod = { basis: 'purchase', from: null, to: null };
const meal = sampleOffer({ priceFen: 8800 });
// A ten-visit card for ¥100.01: its uses are not worth a whole number of fen each.
const card = sampleOffer({ usesPerVoucher: 10, priceFen: 10_001 });
// 2026-12-05 12:00 in Shanghai.
const noon = (day: number) => Date.UTC(2026, 11, day, 4);
const on = (day: number) => ({
  at: noon(day),
  businessDate: `2026-12-${String(day).padStart(2, '0')}`,
});

describe('a use’s share of the price', () => {
  it('adds up to exactly the price over all uses, in whole fen', () => {
    let sum = 0;
    for (let k = 1; k <= 10; k += 1) {
      const share = redeemedShareFen(10_001, 10, k) - redeemedShareFen(10_001, 10, k - 1);
      expect(Number.isInteger(share)).toBe(true);
      sum += share;
    }
    expect(sum).toBe(10_001);
    expect(redeemedShareFen(10_001, 10, 3)).toBe(3000);
    // More uses than the voucher has (two offline desks) count as all of them, never more.
    expect(redeemedShareFen(10_001, 10, 12)).toBe(10_001);
    expect(redeemedShareFen(10_001, 10, -1)).toBe(0);
  });

  it('stays exact at the largest amounts', () => {
    expect(redeemedShareFen(9_999_999_999, 100, 99)).toBe(9_899_999_999);
  });
});

describe('the per-offer report', () => {
  it('counts vouchers by state, uses net of reversals, and used-up vouchers', () => {
    const used = sampleVoucher(meal);
    const undone = sampleVoucher(meal);
    const waiting = sampleVoucher(meal, { state: 'awaitingGroup' });
    const refunded = sampleVoucher(meal, { state: 'refunded' });
    const expired = sampleVoucher(meal, { state: 'expired' });
    const first = sampleRedemption(undone, on(5));
    const report = offerReport(
      [meal.id],
      [used, undone, waiting, refunded, expired],
      [sampleRedemption(used, on(5)), first, sampleReversal(first, on(5))],
      always,
      clock,
    );
    expect(report.rows).toEqual([
      {
        offerId: meal.id,
        sold: 5,
        soldFen: 5 * 8800,
        awaitingGroup: 1,
        valid: 2,
        refunded: 1,
        refundedFen: 8800,
        expired: 1,
        usesTaken: 1,
        reversals: 1,
        fullyUsed: 1,
        redeemedFen: 8800,
      },
    ]);
    expect(report.total).toMatchObject({ sold: 5, usesTaken: 1, redeemedFen: 8800 });
  });

  it('shares a multi-use card’s price pro rata and refunds what was not used', () => {
    const three = sampleVoucher(card);
    const all = sampleVoucher(card);
    const refunded = sampleVoucher(card, { state: 'refunded' });
    const entries = [
      ...[1, 2, 3].map((day) => sampleRedemption(three, on(day))),
      ...Array.from({ length: 10 }, (_, i) => sampleRedemption(all, on(i + 1))),
      sampleRedemption(refunded, on(2)),
    ];
    const report = offerReport([card.id, meal.id], [three, all, refunded], entries, always, clock);
    const [row, empty] = report.rows;
    expect(row).toMatchObject({
      sold: 3,
      soldFen: 30_003,
      usesTaken: 14,
      fullyUsed: 1,
      // 3 uses: 3000; 10 uses: 10001; 1 use: 1000.
      redeemedFen: 14_001,
      refunded: 1,
      refundedFen: 9001,
    });
    expect(empty).toMatchObject({ offerId: meal.id, sold: 0, redeemedFen: 0 });
    expect(report.total.soldFen).toBe(30_003);
  });

  it('picks vouchers by their purchase business date in the shop’s zone', () => {
    // 02:00 on the 6th in Shanghai is still the 5th's business day (04:00 cut-off).
    const lateNight = sampleVoucher(meal, { purchasedAt: Date.UTC(2026, 11, 5, 18) });
    const nextMorning = sampleVoucher(meal, { purchasedAt: Date.UTC(2026, 11, 5, 22) });
    const period: ReportPeriod = { basis: 'purchase', from: '2026-12-01', to: '2026-12-05' };
    const report = offerReport([meal.id], [lateNight, nextMorning], [], period, clock);
    expect(report.rows[0]).toMatchObject({ sold: 1, soldFen: 8800 });
  });

  it('by redemption date, counts only the uses taken in the period and their share', () => {
    const cardVoucher = sampleVoucher(card);
    const early = sampleRedemption(cardVoucher, on(1));
    const inside = [2, 3].map((day) => sampleRedemption(cardVoucher, on(day)));
    const undo = sampleReversal(inside[1]!, on(3));
    const later = sampleRedemption(cardVoucher, on(9));
    const untouched = sampleVoucher(card);
    const period: ReportPeriod = { basis: 'redemption', from: '2026-12-02', to: '2026-12-04' };
    const report = offerReport(
      [card.id],
      [cardVoucher, untouched],
      [early, ...inside, undo, later],
      period,
      clock,
    );
    expect(report.rows[0]).toMatchObject({
      sold: 1,
      usesTaken: 1,
      reversals: 1,
      fullyUsed: 0,
      // The second use's share: 2000 - 1000.
      redeemedFen: 1000,
    });
  });
});

describe('the report as CSV', () => {
  it('writes amounts in yuan with two decimals, quoted titles and a BOM', () => {
    const report = offerReport([card.id], [sampleVoucher(card)], [], always, clock);
    const header = {
      offer: '团购',
      columns: Object.fromEntries(reportColumns.map((c) => [c, c])) as Record<
        (typeof reportColumns)[number],
        string
      >,
    };
    const csv = offerReportCsv([{ label: '十次卡, 洗车', figures: report.rows[0]! }], header);
    expect(csv).toBe(
      '团购,sold,soldFen,awaitingGroup,valid,usesTaken,reversals,fullyUsed,redeemedFen,refunded,refundedFen,expired\r\n' +
        '"十次卡, 洗车",1,100.01,0,1,0,0,0,0.00,0,0.00,0\r\n',
    );
    expect([...withBom('a').slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
