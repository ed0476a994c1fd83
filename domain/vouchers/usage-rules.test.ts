import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Daypart } from '../menu/schema';
import type { ShopClock } from '../menu/shop-clock';
import { zonedTimeToEpoch } from '../time';
import {
  lastValidBusinessDate,
  redeemableAt,
  usageRulesSchema,
  validitySchema,
  validityWindow,
  type UsageRules,
  type VoucherUseFacts,
} from './usage-rules';

const shanghai: ShopClock = { timeZone: 'Asia/Shanghai', cutoffMinutes: 240 };
const newYork: ShopClock = { timeZone: 'America/New_York', cutoffMinutes: 240 };

/** A wall-clock moment in the clock's zone; December 2026: the 4th is a Friday. */
const at = (clock: ShopClock, date: string, time = '12:00') => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return zonedTimeToEpoch({ year, month, day, hour, minute }, clock.timeZone);
};

const daypart = (n: number, start: string, end: string): Daypart => ({
  id: `0190a000-0000-7000-8000-00000000000${n}`,
  name: { zh: `时段${n}` },
  start,
  end,
  sortKey: String(n),
});
const lunch = daypart(1, '11:00', '14:00');
const nightSnack = daypart(2, '21:30', '02:00');
const dayparts = [lunch, nightSnack];

const rules = (overrides: Partial<UsageRules> = {}): UsageRules =>
  usageRulesSchema.parse({
    weekdays: [],
    daypartIds: [],
    excludedDates: [],
    usesPerVisit: 1,
    combinable: false,
    bookingRequired: false,
    ...overrides,
  });

const december = validityWindow(
  { kind: 'fixed', from: '2026-12-01', until: '2026-12-31' },
  0,
  shanghai,
);
const voucher = (overrides: Partial<VoucherUseFacts> = {}): VoucherUseFacts => ({
  state: 'valid',
  ...december,
  uses: 10,
  usedAt: [],
  ...overrides,
});

const reasonAt = (
  epochMs: number,
  usage: UsageRules = rules(),
  facts: VoucherUseFacts = voucher(),
  clock: ShopClock = shanghai,
) => {
  const check = redeemableAt(facts, usage, epochMs, clock, dayparts);
  return check.ok ? 'ok' : check.reason;
};

describe('the validity window', () => {
  it('runs fixed dates from the first business day start to the end of the last business day', () => {
    expect(december.validFrom).toBe(at(shanghai, '2026-12-01', '04:00'));
    expect(december.validUntil).toBe(at(shanghai, '2027-01-01', '04:00'));
    expect(lastValidBusinessDate(december, shanghai)).toBe('2026-12-31');
    // The last minute of validity is 03:59 on New Year's morning, still 12-31's business day.
    expect(reasonAt(at(shanghai, '2027-01-01', '03:59'))).toBe('ok');
    expect(reasonAt(at(shanghai, '2027-01-01', '04:00'))).toBe('expired');
    expect(reasonAt(december.validUntil - 1)).toBe('ok');
    expect(reasonAt(december.validFrom - 1)).toBe('before_valid');
    expect(reasonAt(december.validFrom)).toBe('ok');
  });

  it('counts days after purchase from the business day of purchase, which is day 1', () => {
    const oneDay = { kind: 'afterPurchase', days: 1 } as const;
    const lateFriday = at(shanghai, '2026-12-04', '23:50');
    expect(validityWindow(oneDay, lateFriday, shanghai)).toEqual({
      validFrom: lateFriday,
      validUntil: at(shanghai, '2026-12-05', '04:00'),
    });
    // Bought at 01:30 on Saturday: still Friday's business day, so it ends at Saturday 04:00 too.
    const smallHours = at(shanghai, '2026-12-05', '01:30');
    expect(validityWindow(oneDay, smallHours, shanghai).validUntil).toBe(
      at(shanghai, '2026-12-05', '04:00'),
    );
    const thirty = validityWindow({ kind: 'afterPurchase', days: 30 }, lateFriday, shanghai);
    expect(lastValidBusinessDate(thirty, shanghai)).toBe('2027-01-02');
  });

  it('checks its schemas', () => {
    expect(
      validitySchema.safeParse({ kind: 'fixed', from: '2026-12-31', until: '2026-12-01' }).success,
    ).toBe(false);
    expect(
      validitySchema.safeParse({ kind: 'fixed', from: '2026-02-30', until: '2026-03-01' }).success,
    ).toBe(false);
    expect(validitySchema.safeParse({ kind: 'afterPurchase', days: 0 }).success).toBe(false);
    expect(validitySchema.safeParse({ kind: 'afterPurchase', days: 3650 }).success).toBe(true);
    expect(usageRulesSchema.safeParse({ ...rules(), weekdays: [1, 1] }).success).toBe(false);
    expect(usageRulesSchema.safeParse({ ...rules(), weekdays: [0] }).success).toBe(false);
    expect(usageRulesSchema.safeParse({ ...rules(), usesPerVisit: 0 }).success).toBe(false);
    expect(usageRulesSchema.safeParse({ ...rules(), excludedDates: ['12-24'] }).success).toBe(
      false,
    );
  });
});

describe('weekdays and the business day', () => {
  const fridays = rules({ weekdays: [5] });

  it('counts 01:30 on Saturday as Friday with a 04:00 cut-off, and as Saturday with a midnight one', () => {
    expect(reasonAt(at(shanghai, '2026-12-05', '01:30'), fridays)).toBe('ok');
    expect(reasonAt(at(shanghai, '2026-12-05', '04:00'), fridays)).toBe('weekday');
    const midnight = { ...shanghai, cutoffMinutes: 0 };
    expect(reasonAt(at(midnight, '2026-12-05', '01:30'), fridays, voucher(), midnight)).toBe(
      'weekday',
    );
    expect(reasonAt(at(midnight, '2026-12-04', '23:59'), fridays, voucher(), midnight)).toBe('ok');
  });

  it('names the weekdays allowed when it refuses', () => {
    const check = redeemableAt(voucher(), fridays, at(shanghai, '2026-12-06'), shanghai, dayparts);
    expect(check).toMatchObject({
      ok: false,
      reason: 'weekday',
      detail: { businessDate: '2026-12-06', weekday: 7, weekdays: [5] },
    });
  });
});

describe('dayparts', () => {
  const fridayNights = rules({ weekdays: [5], daypartIds: [nightSnack.id] });

  it('counts Saturday 01:00 inside 夜宵 21:30–02:00 as Friday night', () => {
    expect(reasonAt(at(shanghai, '2026-12-04', '21:30'), fridayNights)).toBe('ok');
    expect(reasonAt(at(shanghai, '2026-12-05', '01:00'), fridayNights)).toBe('ok');
    expect(reasonAt(at(shanghai, '2026-12-05', '01:59'), fridayNights)).toBe('ok');
  });

  it('refuses outside the daypart, and inside one that started on another weekday', () => {
    // 02:00 Saturday: the night snack is over, but the business day is still Friday's.
    expect(reasonAt(at(shanghai, '2026-12-05', '02:00'), fridayNights)).toBe('daypart');
    expect(reasonAt(at(shanghai, '2026-12-04', '20:00'), fridayNights)).toBe('daypart');
    // 01:00 Friday is Thursday's night snack.
    expect(reasonAt(at(shanghai, '2026-12-04', '01:00'), fridayNights)).toBe('weekday');
    expect(reasonAt(at(shanghai, '2026-12-05', '23:00'), fridayNights)).toBe('weekday');
  });

  it('keeps the night snack rule even with a midnight cut-off', () => {
    const midnight = { ...shanghai, cutoffMinutes: 0 };
    expect(reasonAt(at(midnight, '2026-12-05', '01:00'), fridayNights, voucher(), midnight)).toBe(
      'ok',
    );
    // Friday 01:00 is Friday's business day here, but Thursday's night snack: the weekday is wrong.
    expect(reasonAt(at(midnight, '2026-12-04', '01:00'), fridayNights, voucher(), midnight)).toBe(
      'weekday',
    );
  });

  it('allows any of several dayparts, and ignores one since deleted', () => {
    const meals = rules({ daypartIds: [lunch.id, nightSnack.id] });
    expect(reasonAt(at(shanghai, '2026-12-04', '12:00'), meals)).toBe('ok');
    expect(reasonAt(at(shanghai, '2026-12-04', '23:00'), meals)).toBe('ok');
    expect(reasonAt(at(shanghai, '2026-12-04', '16:00'), meals)).toBe('daypart');
    const deleted = rules({ daypartIds: ['0190a000-0000-7000-8000-000000000099'] });
    expect(reasonAt(at(shanghai, '2026-12-04', '16:00'), deleted)).toBe('ok');
  });
});

describe('excluded dates', () => {
  const notOnChristmasEve = rules({ excludedDates: ['2026-12-24'] });

  it('excludes the whole business day, small hours of the next morning included', () => {
    expect(reasonAt(at(shanghai, '2026-12-24', '03:59'), notOnChristmasEve)).toBe('ok');
    expect(reasonAt(at(shanghai, '2026-12-24', '04:00'), notOnChristmasEve)).toBe('excluded_date');
    expect(reasonAt(at(shanghai, '2026-12-25', '01:30'), notOnChristmasEve)).toBe('excluded_date');
    expect(reasonAt(at(shanghai, '2026-12-25', '04:00'), notOnChristmasEve)).toBe('ok');
  });
});

describe('uses', () => {
  it('allows at most usesPerVisit uses per business day', () => {
    const usedAtLunch = voucher({ usedAt: [at(shanghai, '2026-12-04', '12:00')] });
    expect(reasonAt(at(shanghai, '2026-12-04', '18:00'), rules(), usedAtLunch)).toBe(
      'uses_per_visit',
    );
    expect(reasonAt(at(shanghai, '2026-12-05', '01:30'), rules(), usedAtLunch)).toBe(
      'uses_per_visit',
    );
    expect(reasonAt(at(shanghai, '2026-12-05', '04:00'), rules(), usedAtLunch)).toBe('ok');
    const twoPerVisit = rules({ usesPerVisit: 2 });
    expect(reasonAt(at(shanghai, '2026-12-04', '18:00'), twoPerVisit, usedAtLunch)).toBe('ok');
    const both = redeemableAt(
      usedAtLunch,
      twoPerVisit,
      at(shanghai, '2026-12-04', '18:00'),
      shanghai,
      dayparts,
      2,
    );
    expect(both).toMatchObject({
      ok: false,
      reason: 'uses_per_visit',
      detail: { usesToday: 1, usesPerVisit: 2 },
    });
  });

  it('refuses a voucher used up, refunded or waiting for its group, before any time rule', () => {
    const used = voucher({
      uses: 2,
      usedAt: [at(shanghai, '2026-12-01'), at(shanghai, '2026-12-02')],
    });
    expect(reasonAt(at(shanghai, '2026-12-04'), rules(), used)).toBe('used_up');
    const lastUse = voucher({ uses: 2, usedAt: [at(shanghai, '2026-12-01')] });
    expect(
      redeemableAt(lastUse, rules(), at(shanghai, '2026-12-04'), shanghai, dayparts),
    ).toMatchObject({
      ok: true,
      detail: { usesLeft: 1, usesToday: 0 },
    });
    const afterExpiry = at(shanghai, '2027-02-01');
    expect(reasonAt(afterExpiry, rules(), voucher({ state: 'refunded' }))).toBe('refunded');
    expect(reasonAt(afterExpiry, rules(), voucher({ state: 'awaiting_group' }))).toBe(
      'not_valid_yet_group',
    );
  });
});

describe("the shop's zone, not the computer's", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('ends a New York voucher at 04:00 EDT on the morning clocks spring forward', () => {
    // DST starts 2026-03-08 at 02:00 EST; the business day of 03-07 ends at 04:00 EDT (08:00 UTC).
    const window = validityWindow(
      { kind: 'fixed', from: '2026-03-01', until: '2026-03-07' },
      0,
      newYork,
    );
    expect(window.validUntil).toBe(Date.UTC(2026, 2, 8, 8, 0));
    expect(window.validFrom).toBe(Date.UTC(2026, 2, 1, 9, 0)); // 04:00 EST
    const facts = voucher(window);
    // The computer's own zone, and the hour its clock shows at 08:00 UTC that morning.
    const computers = {
      UTC: 8,
      'Asia/Shanghai': 16,
      'Pacific/Kiritimati': 22,
      'America/Los_Angeles': 0,
    };
    for (const [zone, localHour] of Object.entries(computers)) {
      vi.stubEnv('TZ', zone);
      expect(new Date(Date.UTC(2026, 2, 8, 8, 0)).getHours(), zone).toBe(localHour);
      expect(reasonAt(Date.UTC(2026, 2, 8, 7, 59), rules(), facts, newYork), zone).toBe('ok');
      expect(reasonAt(Date.UTC(2026, 2, 8, 8, 0), rules(), facts, newYork), zone).toBe('expired');
      // 01:30 EST on Sunday is Saturday's business day: a Saturdays-only voucher takes it.
      expect(
        reasonAt(Date.UTC(2026, 2, 8, 6, 30), rules({ weekdays: [6] }), facts, newYork),
        zone,
      ).toBe('ok');
    }
  });

  it('reads the same instant differently for a shop in Shanghai', () => {
    const saturdays = rules({ weekdays: [6] });
    const instant = Date.UTC(2026, 11, 5, 2, 0); // Saturday 10:00 in Shanghai, Friday 21:00 in New York
    const wholeYear = voucher({ validFrom: 0, validUntil: Date.UTC(2027, 0, 1) });
    expect(reasonAt(instant, saturdays, wholeYear, shanghai)).toBe('ok');
    expect(reasonAt(instant, saturdays, wholeYear, newYork)).toBe('weekday');
  });

  it('counts days after a purchase across the DST change in whole business days', () => {
    const bought = at(newYork, '2026-03-07', '12:00');
    const window = validityWindow({ kind: 'afterPurchase', days: 2 }, bought, newYork);
    expect(window.validUntil).toBe(at(newYork, '2026-03-09', '04:00'));
    expect(lastValidBusinessDate(window, newYork)).toBe('2026-03-08');
  });
});
