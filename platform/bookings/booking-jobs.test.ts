/**
 * The booking jobs through the job runner with a moved clock: an unpaid hold runs out and frees
 * its slot (the booking leaves the resource lookup, its payment expires, a late payment is
 * refunded), and confirmation, reminder and cancellation messages are each sent once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newBookingArgs } from '../../domain/bookings/build';
import { newId } from '../../domain/ids';
import type { Database } from '../db/database';
import { bookingHoldsJob, HOLD_EXPIRED_REASON } from '../jobs/booking-holds';
import { bookingMessagesJob } from '../jobs/booking-messages';
import { JobRunner } from '../jobs/runner';
import { SandboxSmsProvider } from '../messages/sms';
import { PaymentOrders } from '../payments/orders';
import { SandboxPaymentProvider } from '../payments/sandbox-payments';
import { originate } from '../sync/originate';
import { defaultSyncRules as rules } from '../sync/rules';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { bookingSettings } from '../test/bookings';
import { newCustomer } from '../test/customers';
import { openShopDatabase, type ShopDatabase } from '../test/shop-database';

const MINUTE = 60_000;
const START = Date.UTC(2026, 11, 1, 2);
let VENDOR = '';
let vendorId = '';
const clockFacts = { timeZone: 'Asia/Shanghai', businessDayCutoff: '04:00' };

const settings = bookingSettings('', {
  autoConfirm: false,
  policyText: { zh: '', en: '' },
  updatedAt: START,
});

describe.each(backends)('the booking jobs on %s', (backend) => {
  let test: ShopDatabase;
  let db: Database;
  let clock = START;
  let sms: SandboxSmsProvider;
  let sandbox: SandboxPaymentProvider;
  let payments: PaymentOrders;
  const table = newId();

  beforeAll(async () => {
    test = await openShopDatabase(backend, { name: '老王面馆' }, clock);
    db = test.db;
    vendorId = test.vendorId;
    settings.id = vendorId;
    VENDOR = vendorId;
    sms = new SandboxSmsProvider(db, () => clock);
    sandbox = new SandboxPaymentProvider();
    payments = new PaymentOrders(db, sandbox);
    await originate(db, rules, VENDOR, { name: 'bookingSettings.put', args: { settings } }, clock);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => test.drop());

  const runner = () =>
    new JobRunner({
      db,
      rules,
      kinds: [bookingHoldsJob(payments), bookingMessagesJob(sms)],
      now: () => clock,
    });

  it('cancels an unpaid hold when it runs out, frees the slot, and refunds a payment that comes late', async () => {
    const { payment } = await payments.create(
      {
        orderId: 'booking:hold',
        amountFen: 10_000,
        vendorId: VENDOR,
        description: 'deposit',
        expiresAt: clock + 10 * MINUTE,
      },
      clock,
    );
    const guest = newCustomer({ phone: '13811112222' });
    const args = newBookingArgs(
      {
        startsAt: clock + 48 * 60 * MINUTE,
        endsAt: clock + 49.5 * 60 * MINUTE,
        resourceIds: [table],
        partySize: 6,
        status: 'requested',
        source: 'customer',
        by: 'customer',
        at: clock,
        newCustomer: guest,
        deposit: {
          amountFen: 10_000,
          state: 'pending',
          method: 'platform',
          ruleId: null,
          paymentId: payment.id,
        },
        holdUntil: clock + 10 * MINUTE,
      },
      clockFacts,
    );
    expect(
      await originate(db, rules, VENDOR, { name: 'booking.create', args }, clock),
    ).toMatchObject({ status: 'applied' });
    const holders = () =>
      db.query(
        `select id from row_lookups where vendor_id = $1 and tbl = 'booking' and lookup = 'resource' and value = $2`,
        [VENDOR, table],
      );
    expect(await holders()).toHaveLength(1);

    await runner().tick();
    expect(await holders()).toHaveLength(1); // still held: its time has not run out

    clock += 11 * MINUTE;
    await runner().tick();
    const [row] = await db.query<{
      data: { status: string; cancelledBy: string; cancelReason: string };
    }>(`select data from entities where vendor_id = $1 and tbl = 'booking' and id = $2`, [
      VENDOR,
      args.booking.id,
    ]);
    expect(row!.data).toMatchObject({
      status: 'cancelled',
      cancelledBy: 'platform',
      cancelReason: HOLD_EXPIRED_REASON,
    });
    expect(await holders()).toHaveLength(0);
    expect((await payments.get(payment.id))?.state).toBe('expired');
    // The run again changes nothing; a payment after the expiry is refunded at once.
    const before = await db.query(
      `select count(*)::int as n from ledger_entries where vendor_id = $1`,
      [VENDOR],
    );
    clock += MINUTE;
    await runner().tick();
    expect(
      await db.query(`select count(*)::int as n from ledger_entries where vendor_id = $1`, [
        VENDOR,
      ]),
    ).toEqual(before);
    const late = sandbox.callback({
      eventId: 'late',
      paymentId: payment.id,
      kind: 'paid',
      at: clock,
    });
    expect(
      await payments.handleCallback(sandbox.parseCallback(late.headers, late.body)!, clock),
    ).toBe('late_payment_refunded');
    expect(sandbox.refunds).toEqual([{ paymentId: payment.id, amountFen: 10_000 }]);

    // The guest heard of the request and of its cancellation, once each.
    const sent = await sms.outbox('13811112222');
    expect(sent.map((message) => message.template)).toEqual(['confirmation', 'cancellation']);
    expect(sent[0]!.body).toContain('待确认');
  });

  it('reminds a guest the shop’s minutes before, once', async () => {
    const guest = newCustomer({ phone: '13933334444' });
    const args = newBookingArgs(
      {
        startsAt: clock + 180 * MINUTE,
        endsAt: clock + 270 * MINUTE,
        resourceIds: [table],
        partySize: 2,
        status: 'confirmed',
        source: 'desk',
        by: 'desk',
        at: clock,
        newCustomer: guest,
      },
      clockFacts,
    );
    await originate(db, rules, VENDOR, { name: 'booking.create', args }, clock);
    clock += MINUTE; // the jobs run each minute
    await runner().tick();
    expect((await sms.outbox('13933334444')).map((m) => m.template)).toEqual(['confirmation']);
    clock += 60 * MINUTE; // now 119 minutes before
    await runner().tick();
    clock += MINUTE;
    await runner().tick();
    const sent = await sms.outbox('13933334444');
    expect(sent.map((m) => m.template)).toEqual(['confirmation', 'reminder']);
    expect(sent[1]!.body).toContain(args.booking.code);
  });
});
