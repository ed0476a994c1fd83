/** Erasing a customer also blanks the notes they wrote on their bookings, on the platform and in the desks' pull. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newBookingArgs } from '../../domain/bookings/build';
import { newId } from '../../domain/ids';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { newCustomer, NOON } from '../test/customers';
import { PulledRows, pullToEnd } from '../test/pull-client';
import { outboxEntry, pushAccepted, startTestPlatform, type TestPlatform } from '../test/server';

describe.each(backends)('erasure and booking notes on %s', (backend) => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform(backend);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform?.close());

  it('blanks the erased guest’s booking notes and keeps everyone else’s', async () => {
    const { vendorId, device } = await platform.vendor('老王面馆');
    const clock = { timeZone: 'Asia/Shanghai', businessDayCutoff: '04:00' };
    // Each on its own table: one table holds one booking at a time (booking.resourceTaken).
    const booking = (guest: ReturnType<typeof newCustomer>, note: string) =>
      newBookingArgs(
        {
          startsAt: NOON + 86_400_000,
          endsAt: NOON + 90_000_000,
          resourceIds: [newId()],
          partySize: 2,
          status: 'confirmed',
          source: 'desk',
          by: 'desk',
          at: NOON,
          newCustomer: guest,
          note,
        },
        clock,
      );
    const erased = newCustomer({ phone: '13811112222' });
    const kept = newCustomer({ phone: '13933334444', name: '李四' });
    const mine = booking(erased, '对花生过敏，生日蛋糕');
    const theirs = booking(kept, '靠窗');
    await pushAccepted(platform, vendorId, device, [
      outboxEntry(device, 'booking.create', mine),
      outboxEntry(device, 'booking.create', theirs),
    ]);
    const desk = new PulledRows();
    await pullToEnd(platform, vendorId, device, desk);
    const [result] = (
      await pushAccepted(platform, vendorId, device, [
        outboxEntry(device, 'customer.erase', {
          id: erased.customer.id,
          erasedAt: NOON + 1,
          log: {
            id: newId(),
            kind: 'erasure',
            customerId: erased.customer.id,
            count: null,
            at: NOON + 1,
            staffId: null,
          },
        }),
      ])
    ).results;
    expect(result).toMatchObject({ status: 'applied' });
    const notes = await platform.db.query<{ id: string; note: string }>(
      `select id, data ->> 'note' as note from entities where vendor_id = $1 and tbl = 'booking' order by id`,
      [vendorId],
    );
    expect(Object.fromEntries(notes.map((row) => [row.id, row.note]))).toEqual({
      [mine.booking.id]: '',
      [theirs.booking.id]: '靠窗',
    });
    const anywhere = await platform.db.query(
      `select 1 from entities where vendor_id = $1 and strpos(data::text, '花生') > 0`,
      [vendorId],
    );
    expect(anywhere).toHaveLength(0);
    await pullToEnd(platform, vendorId, device, desk);
    expect(desk.tables.get('booking')?.get(mine.booking.id)).toMatchObject({ note: '' });
  });
});
