/**
 * The demo shop's bookings set-up: the tables of its hall (大厅 A1–A6, two to four seats, pushed
 * together for a larger party) and its private rooms (包间 V1–V2, six to ten), and booking
 * settings with one deposit rule, so a newcomer's console has a bookable shop at once. Fixed ids,
 * like the rest of the demo shop, so a second seed is a duplicate.
 */
import { defaultBookingSettings } from '../domain/bookings/days';
import type { BookingSettings, Resource } from '../domain/bookings/schema';

function demoBookingId(group: number, n: number): string {
  return `0190a1b2-c3d4-7000-8${group.toString(16).padStart(3, '0')}-${n.toString(16).padStart(12, '0')}`;
}

/** 2026-01-05 10:00 in Shanghai, as the rest of the demo shop. */
const MADE_AT = Date.UTC(2026, 0, 5, 2, 0);

const table = (
  n: number,
  name: string,
  area: string,
  minParty: number,
  maxParty: number,
  combinable: boolean,
): Resource => ({
  id: demoBookingId(0xb01, n),
  kind: 'table',
  name,
  area,
  minParty,
  maxParty,
  combinable,
  serviceIds: [],
  workingHours: null,
  sort: n * 10,
  archived: false,
  createdAt: MADE_AT,
});

export const demoResources: Resource[] = [
  ...[1, 2, 3, 4, 5, 6].map((n) => table(n, `A${n}`, '大厅', 2, 4, true)),
  table(7, 'V1', '包间', 6, 10, false),
  table(8, 'V2', '包间', 6, 10, false),
];

export function demoBookingSettings(vendorId: string): BookingSettings {
  return {
    ...defaultBookingSettings(vendorId, 'restaurant', MADE_AT),
    depositRules: [
      {
        id: demoBookingId(0xb02, 1),
        minParty: 6,
        weekdays: [5, 6],
        daypart: { from: '17:00', to: '21:00' },
        serviceIds: [],
        amountFen: 10_000,
      },
    ],
    policyText: {
      zh: '6 人以上周五、周六晚市预订需付定金 ¥100；到店前 24 小时取消全额退还，未到店不退。',
      en: 'Parties of 6 or more on Friday and Saturday evenings pay a ¥100 deposit; cancel 24 hours before for a full refund, kept on a no-show.',
    },
  };
}

/** The bookings set-up as seed changes: [mutation id, name, args]. */
export function demoBookingChanges(vendorId: string): Array<[string, string, unknown]> {
  return [
    ...demoResources.map((resource, index): [string, string, unknown] => [
      demoBookingId(0x901, 1 + index),
      'resource.put',
      { resource },
    ]),
    [demoBookingId(0x901, 20), 'bookingSettings.put', { settings: demoBookingSettings(vendorId) }],
  ];
}
