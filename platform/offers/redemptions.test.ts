import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Voucher } from '../../domain/offers/schema';
import {
  sampleOffer,
  sampleRedemption,
  sampleReversal,
  sampleVoucher,
} from '../../domain/test-support/offers';
import { sampleVendorProfile } from '../../domain/test-support/vendor-profile';
import { originate } from '../sync/originate';
import { defaultSyncRules } from '../sync/rules';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { PulledRows, pullToEnd } from '../test/pull-client';
import {
  outboxEntry,
  pushAccepted,
  resetSeqs,
  startTestPlatform,
  type Device,
  type TestPlatform,
} from '../test/server';

// The group-buy part's own rules as it declares them: voucher.alreadyRedeemed,
// voucher.notRedeemable, redemption.reversal, offer.termsLocked and offer.statusStep.
describe.each(backends)('vouchers and offers on %s', (backend) => {
  let platform: TestPlatform;
  let vendorId: string;
  let desks: Device[];

  beforeAll(async () => {
    platform = await startTestPlatform(backend, { signInLimit: { addressFailures: 100_000 } });
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform.close());

  const push = async (as: Device, name: string, args: unknown) =>
    (await pushAccepted(platform, vendorId, as, [outboxEntry(as, name, args)])).results[0]!;
  /** The platform issues vouchers (as it does when their payment is confirmed). */
  const issue = async (...vouchers: Voucher[]) => {
    const result = await originate(platform.db, defaultSyncRules, vendorId, {
      name: 'voucher.put',
      args: { vouchers },
    });
    expect(result.status).toBe('applied');
  };
  const usesTaken = async (voucherId: string) => {
    const [row] = await platform.db.query<{ taken: number }>(
      `select coalesce(sum((data ->> 'uses')::int), 0)::int as taken
         from ledger_entries where vendor_id = $1 and tbl = 'redemption' and data ->> 'voucherId' = $2`,
      [vendorId, voucherId],
    );
    return row!.taken;
  };

  // One shop with five desks and a set meal on sale.
  const offer = sampleOffer({ status: 'onSale', firstOnSaleAt: Date.UTC(2026, 10, 30) });
  beforeEach(async () => {
    resetSeqs();
    let login: string;
    let front: Device;
    ({ vendorId, device: front, login } = await platform.vendor('老王面馆'));
    desks = [front, ...(await Promise.all([1, 2, 3, 4].map(() => platform.signIn(login))))];
    const created = await push(front, 'offer.create', {
      offer: { ...offer, status: 'draft', firstOnSaleAt: null },
    });
    expect(created).toMatchObject({ status: 'applied' });
    const onSale = await push(front, 'offer.setStatus', {
      id: offer.id,
      from: 'draft',
      to: 'onSale',
      at: offer.firstOnSaleAt,
      firstOnSaleAt: offer.firstOnSaleAt,
    });
    expect(onSale).toMatchObject({ status: 'applied' });
  });

  it('lets exactly one of five desks redeem a one-use voucher at once, and names the first use to the others', async () => {
    const voucher = sampleVoucher(offer);
    await issue(voucher);
    const redemptions = desks.map((desk, i) =>
      sampleRedemption(voucher, { deviceId: desk.deviceId, at: Date.UTC(2026, 11, 5, 4, i) }),
    );
    const answers = await Promise.all(
      desks.map((desk, i) => push(desk, 'voucher.redeem', { redemption: redemptions[i] })),
    );
    const applied = answers.flatMap((answer, i) => (answer.status === 'applied' ? [i] : []));
    expect(applied).toHaveLength(1);
    const winner = redemptions[applied[0]!]!;
    for (const answer of answers.filter((answer) => answer.status !== 'applied')) {
      expect(answer).toMatchObject({
        status: 'rejected',
        reason: 'invariant_violated',
        rule: 'voucher.alreadyRedeemed',
        details: {
          code: voucher.code,
          uses: 1,
          usedBefore: 1,
          first: { at: winner.at, deviceId: winner.deviceId, businessDate: '2026-12-05' },
        },
      });
    }
    expect(await usesTaken(voucher.id)).toBe(1);
  });

  it('lets exactly three of five desks take a three-visit card, and every desk pulls the same entries', async () => {
    const card = sampleVoucher(offer, { uses: 3 });
    await issue(card);
    const answers = await Promise.all(
      desks.map((desk) =>
        push(desk, 'voucher.redeem', {
          redemption: sampleRedemption(card, { deviceId: desk.deviceId }),
        }),
      ),
    );
    expect(answers.filter((answer) => answer.status === 'applied')).toHaveLength(3);
    expect(await usesTaken(card.id)).toBe(3);
    for (const desk of desks) {
      const rows = new PulledRows();
      await pullToEnd(platform, vendorId, desk, rows);
      const entries = [...(rows.tables.get('redemption')?.values() ?? [])];
      expect(entries.reduce((sum, entry) => sum + Number(entry.uses), 0)).toBe(3);
      expect(rows.tables.get('voucher')?.get(card.id)).toMatchObject({ code: card.code });
    }
  });

  it('turns down a redemption after the refund, of a voucher it never issued, outside the validity and before the group fills', async () => {
    const refunded = sampleVoucher(offer, { code: '111111111111' });
    const forming = sampleVoucher(offer, { code: '222222222222', state: 'awaitingGroup' });
    await issue(refunded, forming);
    await issue({ ...refunded, state: 'refunded', stateAt: Date.UTC(2026, 11, 4) });
    const [front] = desks as [Device];
    const reasonOf = async (voucher: Voucher, at = Date.UTC(2026, 11, 5, 4)) => {
      const result = await push(front, 'voucher.redeem', {
        redemption: sampleRedemption(voucher, { at }),
      });
      return (result.details as { reason?: string } | undefined)?.reason;
    };
    expect(await reasonOf(refunded)).toBe('refunded');
    expect(await reasonOf(forming)).toBe('awaitingGroup');
    expect(await reasonOf(sampleVoucher(offer, { code: '333333333333' }))).toBe('unknown');
    const late = sampleVoucher(offer, { code: '444444444444' });
    await issue(late);
    expect(await reasonOf(late, late.validUntil)).toBe('expired');
    expect(await reasonOf(late, late.validFrom - 1)).toBe('notYetValid');
    expect(await reasonOf(late, late.validUntil - 1)).toBeUndefined();
  });

  it('gives a use back once by a reversal, and turns down undoing it twice', async () => {
    const voucher = sampleVoucher(offer);
    await issue(voucher);
    const [front, back] = desks as [Device, Device];
    const first = sampleRedemption(voucher);
    expect(await push(front, 'voucher.redeem', { redemption: first })).toMatchObject({
      status: 'applied',
    });
    const undo = sampleReversal(first);
    expect(await push(front, 'voucher.reverseRedemption', { redemption: undo })).toMatchObject({
      status: 'applied',
    });
    expect(
      await push(back, 'voucher.reverseRedemption', { redemption: sampleReversal(first) }),
    ).toMatchObject({
      status: 'rejected',
      rule: 'redemption.reversal',
      details: { reverses: first.id, alreadyReversed: true },
    });
    expect(await usesTaken(voucher.id)).toBe(0);
    expect(
      await push(back, 'voucher.redeem', { redemption: sampleRedemption(voucher) }),
    ).toMatchObject({ status: 'applied' });
    expect(await usesTaken(voucher.id)).toBe(1);
  });

  it('refuses a desk the platform’s own voucher change', async () => {
    const [front] = desks as [Device];
    expect(await push(front, 'voucher.put', { vouchers: [sampleVoucher(offer)] })).toMatchObject({
      status: 'rejected',
    });
  });

  it('keeps what buyers paid for once on sale: the price is refused, the words pass; an ended offer stays ended', async () => {
    const [front, back] = desks as [Device, Device];
    const { status: _status, firstOnSaleAt: _first, createdAt: _created, ...fields } = offer;
    const repriced = await push(back, 'offer.edit', {
      offer: { ...fields, priceFen: 6800, usage: { ...fields.usage, usesPerVisit: 2 } },
    });
    expect(repriced).toMatchObject({
      status: 'rejected',
      rule: 'offer.termsLocked',
      details: { offerId: offer.id, terms: ['priceFen', 'usage'], title: '双人套餐' },
    });
    const reworded = await push(back, 'offer.edit', {
      offer: { ...fields, description: { zh: '周末也可用', en: null }, stock: 500 },
    });
    expect(reworded).toMatchObject({ status: 'applied' });
    const step = (as: Device, from: string, to: string) =>
      push(as, 'offer.setStatus', { id: offer.id, from, to, at: Date.now(), firstOnSaleAt: null });
    expect(await step(front, 'onSale', 'ended')).toMatchObject({ status: 'applied' });
    expect(await step(back, 'onSale', 'paused')).toMatchObject({
      status: 'rejected',
      rule: 'offer.statusStep',
      details: { current: 'ended', to: 'paused' },
    });
  });
  it('judges the offer’s usage rules at the moment in the shop’s zone, counting every desk’s uses that day', async () => {
    const [front, back] = desks as [Device, Device];
    expect(
      await push(front, 'vendorProfile.create', sampleVendorProfile({ id: vendorId })),
    ).toMatchObject({ status: 'applied' });
    // A 3-visit weekend card, one use a visit, not on Saturday 12 December.
    const card = sampleOffer({
      usesPerVoucher: 3,
      usage: {
        weekdays: [6, 7],
        daypartIds: [],
        excludedDates: ['2026-12-12'],
        usesPerVisit: 1,
        combinable: false,
        bookingRequired: false,
      },
    });
    expect(await push(front, 'offer.create', { offer: card })).toMatchObject({ status: 'applied' });
    const voucher = sampleVoucher(card, { code: '100000000001' });
    await issue(voucher);
    // Shanghai is UTC+8: 12:00 there is 04:00 UTC.
    const at = (day: number, hour = 4) => Date.UTC(2026, 11, day, hour);
    const redeem = (as: Device, when: number) =>
      push(as, 'voucher.redeem', {
        redemption: sampleRedemption(voucher, { deviceId: as.deviceId, at: when }),
      });

    expect(await redeem(front, at(9))).toMatchObject({
      status: 'rejected',
      rule: 'voucher.notRedeemable',
      details: { reason: 'weekday', rules: { businessDate: '2026-12-09', weekdays: [6, 7] } },
    });
    expect(await redeem(front, at(12))).toMatchObject({
      status: 'rejected',
      rule: 'voucher.notRedeemable',
      details: { reason: 'excludedDate', rules: { businessDate: '2026-12-12' } },
    });
    // Saturday 5 December: the first desk's use stands, the second desk's that day is one too many.
    expect(await redeem(front, at(5))).toMatchObject({ status: 'applied' });
    expect(await redeem(back, at(5, 6))).toMatchObject({
      status: 'rejected',
      rule: 'voucher.notRedeemable',
      details: { reason: 'usesPerVisit', rules: { usesPerVisit: 1, usesToday: 1 } },
    });
    // Friday 02:00 in Shanghai still belongs to Thursday's business day (cut-off 04:00) and is
    // refused; Sunday is another visit.
    expect(await redeem(back, Date.UTC(2026, 11, 10, 18))).toMatchObject({
      status: 'rejected',
      details: { reason: 'weekday', rules: { businessDate: '2026-12-10' } },
    });
    expect(await redeem(back, at(6))).toMatchObject({ status: 'applied' });
    expect(await usesTaken(voucher.id)).toBe(2);

    // A one-use voucher taken twice on one day is used up, which is what the second desk hears.
    const once = sampleVoucher(offer, { code: '100000000019' });
    await issue(once);
    const take = (as: Device) =>
      push(as, 'voucher.redeem', {
        redemption: sampleRedemption(once, { deviceId: as.deviceId, at: at(5) }),
      });
    expect(await take(front)).toMatchObject({ status: 'applied' });
    expect(await take(back)).toMatchObject({
      status: 'rejected',
      rule: 'voucher.alreadyRedeemed',
    });
  });
});
