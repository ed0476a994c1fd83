/**
 * `SandboxPaymentProvider`: takes no money and talks to no one, but behaves as a real provider
 * does: an order is opened pending, and the outcome arrives later as a signed callback. Nothing
 * arrives by itself: the development-only control route (POST /dev/v1/sandbox/payments/:id/
 * callback, registered only when the app is built with `sandbox: true`) makes the sandbox send a
 * success, failure or refund callback — with an event id of the caller's choosing, so tests
 * deliver one twice and in any order. Its signing secret is random per process.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type {
  CallbackKind,
  CreatedPayment,
  CreatePaymentInput,
  PaymentCallback,
  PaymentProvider,
} from './provider';

const callbackSchema = z.object({
  eventId: z.string().min(1).max(64),
  paymentId: z.string().min(1).max(64),
  kind: z.enum(['paid', 'failed', 'refunded']),
  at: z.number().int(),
});

export const SANDBOX_SIGNATURE_HEADER = 'x-sandbox-signature';

export class SandboxPaymentProvider implements PaymentProvider {
  readonly name = 'sandbox';
  private readonly secret = randomBytes(32);
  /** What was asked of the sandbox, for tests and the dev page. */
  readonly created = new Map<string, CreatePaymentInput & { paymentId: string }>();
  readonly refunds: Array<{ paymentId: string; amountFen: number }> = [];

  async createPayment(input: CreatePaymentInput & { paymentId: string }): Promise<CreatedPayment> {
    this.created.set(input.paymentId, input);
    return {
      paymentId: input.paymentId,
      state: 'pending',
      payUrl: `sandbox://pay/${input.paymentId}`,
    };
  }

  async refund(paymentId: string, amountFen: number): Promise<void> {
    this.refunds.push({ paymentId, amountFen });
  }

  private sign(text: string): string {
    return createHmac('sha256', this.secret).update(text, 'utf8').digest('hex');
  }

  /** A callback as the sandbox would deliver it: its body and its signature header. */
  callback(event: { eventId: string; paymentId: string; kind: CallbackKind; at: number }) {
    const body = { ...event };
    return { body, headers: { [SANDBOX_SIGNATURE_HEADER]: this.sign(JSON.stringify(body)) } };
  }

  parseCallback(headers: Record<string, unknown>, body: unknown): PaymentCallback | null {
    const parsed = callbackSchema.safeParse(body);
    const signature = headers[SANDBOX_SIGNATURE_HEADER];
    if (!parsed.success || typeof signature !== 'string') return null;
    const expected = Buffer.from(this.sign(JSON.stringify(parsed.data)));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    return parsed.data;
  }
}
