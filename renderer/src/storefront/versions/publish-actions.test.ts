import { describe, expect, it } from 'vitest';
import {
  STOREFRONT_SCHEMA_VERSION,
  defaultTheme,
  type PublishRequest,
  type StorefrontDocument,
  type StorefrontVersion,
} from '@domain/storefront/schema';
import { liveVersionOf, pendingRequests } from './publish-actions';
import { scheduledInstant } from './ScheduleDialog';
import { formatShopTime, shopDate } from './shop-time';
import dayjs from 'dayjs';

const document: StorefrontDocument = {
  schemaVersion: STOREFRONT_SCHEMA_VERSION,
  theme: defaultTheme(),
  blocks: [],
};
const version = (id: string, number: number): StorefrontVersion => ({
  id,
  number,
  document,
  note: '',
  kind: 'publish',
  rollbackOf: null,
  publishedBy: null,
  publishedAt: number,
});
const request = (id: string, at: number): PublishRequest => ({
  id,
  document,
  note: '',
  basedOn: 0,
  rollbackOf: null,
  at,
});

describe('publishing state', () => {
  it('takes the highest number as live, whatever the order', () => {
    expect(liveVersionOf([version('a', 1), version('c', 3), version('b', 2)])?.id).toBe('c');
    expect(liveVersionOf([])).toBe(null);
    expect(liveVersionOf(undefined)).toBe(null);
  });

  it('keeps the requests the platform has not made a version of, oldest first', () => {
    const requests = [request('r2', 20), request('r1', 10), request('r3', 30)];
    expect(pendingRequests(requests, [version('r1', 1)]).map((r) => r.id)).toEqual(['r2', 'r3']);
    expect(
      pendingRequests(requests, [version('r1', 1), version('r2', 2), version('r3', 3)]),
    ).toEqual([]);
  });
});

describe('times in the shop’s zone', () => {
  it('reads a schedule’s date and time on the shop’s wall clock, not the computer’s', () => {
    const fields = { date: dayjs('2026-12-24'), time: dayjs('2000-01-01T08:30') };
    expect(scheduledInstant(fields, 'Asia/Shanghai')).toBe(Date.UTC(2026, 11, 24, 0, 30));
    expect(scheduledInstant(fields, 'Europe/London')).toBe(Date.UTC(2026, 11, 24, 8, 30));
    expect(scheduledInstant({ date: fields.date, time: null }, 'Asia/Shanghai')).toBe(null);
  });

  it('shows a moment as the shop reads it', () => {
    const at = Date.UTC(2026, 11, 24, 17, 5);
    expect(formatShopTime(at, 'Asia/Shanghai', 'en')).toBe('12/25/2026, 01:05');
    expect(shopDate(at, 'Asia/Shanghai')).toBe('2026-12-25');
    expect(shopDate(at, 'Europe/London')).toBe('2026-12-24');
  });
});
