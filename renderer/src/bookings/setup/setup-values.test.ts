import { describe, expect, it } from 'vitest';
import { defaultBookingSettings } from '@domain/bookings/days';
import {
  exceptionFromValues,
  newDepositRule,
  resourceFromValues,
  resourceValues,
  serviceFromValues,
  serviceValues,
  settingsFromValues,
  settingsValues,
} from './setup-values';

const id = '0190a1b2-c3d4-7000-8000-000000000001';
const base = { id, sort: 0, archived: false, createdAt: 1 };

describe('the resource form', () => {
  it('makes a combinable table of the hall', () => {
    const parsed = resourceFromValues(
      { ...resourceValues(null, 'table'), name: 'A7', area: '大厅' },
      base,
    );
    expect(parsed).toMatchObject({
      ok: true,
      value: {
        kind: 'table',
        name: 'A7',
        area: '大厅',
        minParty: 2,
        maxParty: 4,
        combinable: true,
      },
    });
  });

  it('names the field that is wrong and saves nothing', () => {
    const parsed = resourceFromValues(
      { ...resourceValues(null, 'table'), name: ' ', minParty: 6, maxParty: 4 },
      base,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual(
      expect.arrayContaining([{ name: ['name'], problem: 'required' }]),
    );
    const range = resourceFromValues(
      { ...resourceValues(null, 'table'), name: 'A8', minParty: 6, maxParty: 4 },
      base,
    );
    expect(range).toEqual({ ok: false, problems: [{ name: ['maxParty'], problem: 'partyRange' }] });
  });

  it('keeps a staff member’s own hours and services, and one seat', () => {
    const values = resourceValues(null, 'staff');
    values.name = '王师傅';
    values.ownHours = true;
    values.hours[7] = { open: false, opensAt: '10:00', closesAt: '20:00' };
    values.serviceIds = [id];
    const parsed = resourceFromValues(values, base);
    expect(parsed.ok && parsed.value.workingHours?.[7]).toEqual([]);
    expect(parsed.ok && parsed.value.workingHours?.[1]).toEqual([
      { open: '10:00', close: '20:00' },
    ]);
    expect(parsed.ok && parsed.value).toMatchObject({ minParty: 1, maxParty: 1, serviceIds: [id] });
  });
});

describe('the service form', () => {
  it('reads the price in yuan into fen', () => {
    const parsed = serviceFromValues(
      { ...serviceValues(null), nameZh: '洗剪吹', price: '８８.５' },
      base,
    );
    expect(parsed.ok && parsed.value.priceFen).toBe(8850);
    expect(parsed.ok && parsed.value.name).toEqual({ zh: '洗剪吹', en: null });
  });

  it('tells a bad price and a missing name at their fields', () => {
    const parsed = serviceFromValues({ ...serviceValues(null), price: '1.234' }, base);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems).toEqual(
      expect.arrayContaining([
        { name: ['price'], problem: 'money.too_many_decimals' },
        { name: ['nameZh'], problem: 'required' },
      ]),
    );
  });
});

describe('the booking settings form', () => {
  const settings = defaultBookingSettings(id, 'restaurant', 1);

  it('gives back the same settings it was opened with', () => {
    expect(settingsFromValues(settingsValues(settings), { id }, 1)).toEqual({
      ok: true,
      value: settings,
    });
  });

  it('adds a deposit rule in yuan, evenings of Friday and Saturday', () => {
    const values = settingsValues(settings);
    values.depositRules.push({
      ...newDepositRule(),
      weekdays: [6, 5],
      from: '17:00',
      to: '21:00',
      amount: '100',
    });
    const parsed = settingsFromValues(values, { id }, 2);
    expect(parsed.ok && parsed.value.depositRules[0]).toMatchObject({
      minParty: 6,
      weekdays: [5, 6],
      daypart: { from: '17:00', to: '21:00' },
      amountFen: 10_000,
    });
  });

  it('refuses a rule without an amount or with half a daypart, at the rule’s fields', () => {
    const values = settingsValues(settings);
    values.depositRules.push({ ...newDepositRule(), from: '17:00' });
    const parsed = settingsFromValues(values, { id }, 2);
    expect(!parsed.ok && parsed.problems).toEqual([
      { name: ['depositRules', 0, 'amount'], problem: 'money.empty' },
      { name: ['depositRules', 0, 'to'], problem: 'required' },
    ]);
  });

  it('names the turn time the user typed, though the rows are sorted', () => {
    const values = settingsValues(settings);
    values.turnTimes = [
      { maxParty: 8, minutes: 120 },
      { maxParty: 2, minutes: 5 },
    ];
    const parsed = settingsFromValues(values, { id }, 2);
    expect(!parsed.ok && parsed.problems).toEqual([
      { name: ['turnTimes', 1, 'minutes'], problem: 'tooSmall' },
    ]);
  });

  it('turns an empty reminder time into off', () => {
    const values = settingsValues(settings);
    values.reminders.beforeStartMin = null;
    const parsed = settingsFromValues(values, { id }, 2);
    expect(parsed.ok && parsed.value.reminders.beforeStartMin).toBeNull();
  });
});

describe('the exception form', () => {
  it('keeps special hours and no hours on a closed day', () => {
    const hours = exceptionFromValues(
      { date: '2026-10-01', kind: 'hours', opensAt: '11:00', closesAt: '15:00', label: '国庆' },
      { id, createdAt: 1 },
    );
    expect(hours.ok && hours.value.hours).toEqual([{ open: '11:00', close: '15:00' }]);
    const closed = exceptionFromValues(
      { date: '2026-10-02', kind: 'closed', opensAt: '11:00', closesAt: '15:00', label: '' },
      { id, createdAt: 1 },
    );
    expect(closed.ok && closed.value).toMatchObject({ hours: [], source: 'manual' });
  });

  it('refuses a date that does not exist', () => {
    const parsed = exceptionFromValues(
      { date: '2026-02-31', kind: 'closed', opensAt: '', closesAt: '', label: '' },
      { id, createdAt: 1 },
    );
    expect(!parsed.ok && parsed.problems[0]?.name).toEqual(['date']);
  });
});
