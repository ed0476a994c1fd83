import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { backends, openTestDatabase, SETUP_TIMEOUT_MS, type TestDatabase } from '../test/backends';
import { PaymentOrders, type PaymentChange } from './orders';
import { SandboxPaymentProvider } from './sandbox-payments';

const VENDOR = '0b4cf7b6-2d0e-4b7e-9a55-111111111111';

describe.each(backends)('payment orders and callbacks on %s', (backend) => {
  let test: TestDatabase;
  let db: Database;
  let sandbox: SandboxPaymentProvider;
  let orders: PaymentOrders;
  let changes: PaymentChange[];
  let n = 0;

  beforeAll(async () => {
    test = await openTestDatabase(backend);
    db = test.db;
    await migrate(db);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => test.drop());
  beforeEach(() => {
    sandbox = new SandboxPaymentProvider();
    orders = new PaymentOrders(db, sandbox);
    changes = [];
    orders.onChange(async (change) => void changes.push(change));
  });

  const open = async () =>
    (
      await orders.create(
        {
          orderId: `booking:${(n += 1)}`,
          amountFen: 10_000,
          vendorId: VENDOR,
          description: 'deposit',
          expiresAt: 1_000 + 600_000,
        },
        1_000,
      )
    ).payment;
  const deliver = (paymentId: string, kind: 'paid' | 'failed' | 'refunded', eventId: string) => {
    const { body, headers } = sandbox.callback({
      eventId: `${paymentId}:${eventId}`,
      paymentId,
      kind,
      at: 2_000,
    });
    const parsed = sandbox.parseCallback(headers, body);
    if (!parsed) throw new Error('the sandbox did not accept its own signature');
    return orders.handleCallback(parsed, 2_000);
  };

  it('opens an order pending and a paid callback delivered twice pays it once', async () => {
    const payment = await open();
    expect(payment.state).toBe('pending');
    expect(sandbox.created.get(payment.id)?.amountFen).toBe(10_000);
    expect(await deliver(payment.id, 'paid', 'e1')).toBe('applied');
    expect(await deliver(payment.id, 'paid', 'e1')).toBe('duplicate');
    // The same news under another event id (a provider's re-notification) changes nothing either.
    expect(await deliver(payment.id, 'paid', 'e1-again')).toBe('ignored');
    expect((await orders.get(payment.id))?.state).toBe('paid');
    expect(changes.map((c) => `${c.from}>${c.to}`)).toEqual(['pending>paid']);
  });

  it('ignores a failure that arrives after the payment', async () => {
    const payment = await open();
    await deliver(payment.id, 'paid', 'p');
    expect(await deliver(payment.id, 'failed', 'f')).toBe('ignored');
    expect((await orders.get(payment.id))?.state).toBe('paid');
  });

  it('takes a refund that arrives before its payment as refunded, and the payment after it as stale', async () => {
    const payment = await open();
    expect(await deliver(payment.id, 'refunded', 'r')).toBe('applied');
    expect(await deliver(payment.id, 'paid', 'p')).toBe('ignored');
    expect((await orders.get(payment.id))?.state).toBe('refunded');
  });

  it('refunds at once a payment that arrives after the order expired, and says so', async () => {
    const payment = await open();
    expect((await orders.expire(payment.id, 700_000))?.state).toBe('expired');
    expect(await deliver(payment.id, 'paid', 'late')).toBe('late_payment_refunded');
    const after = await orders.get(payment.id);
    expect(after).toMatchObject({ state: 'expired', note: 'late_payment_refunded' });
    expect(sandbox.refunds).toEqual([{ paymentId: payment.id, amountFen: 10_000 }]);
    // The same late payment again asks for no second refund; the refund's callback closes it.
    expect(await deliver(payment.id, 'paid', 'late-2')).toBe('ignored');
    expect(sandbox.refunds).toHaveLength(1);
    expect(await deliver(payment.id, 'refunded', 'r')).toBe('applied');
    expect((await orders.get(payment.id))?.state).toBe('refunded');
  });

  it('a failed order cannot be paid into; a refund asked for is confirmed by its callback', async () => {
    const failed = await open();
    await deliver(failed.id, 'failed', 'f1');
    expect((await orders.expire(failed.id, 900_000))?.state).toBe('failed');

    const paid = await open();
    await deliver(paid.id, 'paid', 'p2');
    expect((await orders.refund(paid.id, 3_000))?.note).toBe('refund_requested');
    expect(await orders.refund(paid.id, 3_001)).toMatchObject({ state: 'paid' });
    expect(sandbox.refunds).toHaveLength(1);
    expect(await deliver(paid.id, 'refunded', 'r2')).toBe('applied');
    expect((await orders.get(paid.id))?.state).toBe('refunded');
  });

  it('refuses a callback whose signature does not check, and one for an unknown payment', async () => {
    const payment = await open();
    const { body } = sandbox.callback({ eventId: 'x', paymentId: payment.id, kind: 'paid', at: 1 });
    expect(sandbox.parseCallback({ 'x-sandbox-signature': 'f'.repeat(64) }, body)).toBeNull();
    expect(sandbox.parseCallback({}, body)).toBeNull();
    const other = new SandboxPaymentProvider().callback({
      eventId: 'x',
      paymentId: payment.id,
      kind: 'paid',
      at: 1,
    });
    expect(sandbox.parseCallback(other.headers, other.body)).toBeNull();
    expect(
      await orders.handleCallback({ eventId: 'u', paymentId: 'nope', kind: 'paid', at: 1 }, 1),
    ).toBe('unknown_payment');
  });
});
