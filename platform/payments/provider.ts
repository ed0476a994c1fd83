/**
 * The platform's payment-provider interface, for every part that takes money from a customer
 * (booking deposits here; the group-buy part later). Payment is asynchronous as with WeChat Pay or
 * Alipay: `createPayment` opens an order the customer then pays in the provider's app, and the
 * provider reports what happened by callbacks — late, twice, or out of order. `parseCallback`
 * checks a callback's signature and reads it; orders.ts applies it idempotently. `refund` asks for
 * money back; the refund is confirmed by a callback too.
 *
 * The only implementation here is `SandboxPaymentProvider` (sandbox-payments.ts). A real one
 * implements this interface (its API keys from the environment, its notify URL pointing at
 * POST /public/v1/payments/callback/<name>) and is passed to the app instead.
 */

export interface CreatePaymentInput {
  /** What the money is for, unique per shop: 'booking:<id>'. */
  orderId: string;
  amountFen: number;
  vendorId: string;
  description: string;
  /** The order is void after this (the provider closes it too). */
  expiresAt: number;
}

export interface CreatedPayment {
  /** The platform's payment id, also the provider's out_trade_no. */
  paymentId: string;
  state: 'pending';
  /** Where the customer pays (a code URL, a mini-program's prepay id); sandbox: a fake one. */
  payUrl: string;
}

export type CallbackKind = 'paid' | 'failed' | 'refunded';

export interface PaymentCallback {
  /** The provider's id for this notification: a repeated delivery carries the same one. */
  eventId: string;
  paymentId: string;
  kind: CallbackKind;
  /** When the provider says it happened (epoch ms). */
  at: number;
}

export interface PaymentProvider {
  readonly name: string;
  createPayment(input: CreatePaymentInput & { paymentId: string }): Promise<CreatedPayment>;
  /** Asks for `amountFen` back; the outcome arrives as a 'refunded' callback. */
  refund(paymentId: string, amountFen: number): Promise<void>;
  /** Reads a callback as the provider sent it, or null when its signature does not check. */
  parseCallback(headers: Record<string, unknown>, body: unknown): PaymentCallback | null;
}
