/**
 * Text messages to customers go through one interface, so a real SMS gateway (Aliyun SMS,
 * Tencent Cloud SMS: both send by a registered template id and its parameters) replaces the
 * sandbox by implementing `send`. The only implementation here is `SandboxSmsProvider`: it
 * sends nothing and records what would have been sent in `sandbox_sms` (migration 011), which
 * the development-only route GET /dev/v1/sandbox/sms shows (routes-public-bookings.ts; the route
 * exists only when the app is built with `sandbox: true`, never in production).
 */
import type { Queryable } from '../db/database';
import {
  renderTemplate,
  type SmsLocale,
  type TemplateName,
  type TemplateParams,
} from './templates';

export interface SmsMessage<T extends TemplateName = TemplateName> {
  /** A normalised phone (domain/customers/phone.ts). */
  to: string;
  template: T;
  params: TemplateParams[T];
  vendorId: string;
  locale?: SmsLocale;
}

export interface SmsProvider {
  readonly name: string;
  /** Sends (or queues at the gateway) one message; throws when the gateway refuses it. */
  send<T extends TemplateName>(message: SmsMessage<T>, db?: Queryable): Promise<void>;
}

export interface SandboxSms {
  id: number;
  vendorId: string;
  to: string;
  template: TemplateName;
  locale: SmsLocale;
  body: string;
  params: Record<string, unknown>;
  sentAt: number;
}

/** Sends nothing: records each message as it would have gone out. Development and tests only. */
export class SandboxSmsProvider implements SmsProvider {
  readonly name = 'sandbox';

  constructor(
    private readonly db: Queryable,
    private readonly now: () => number = Date.now,
  ) {}

  async send<T extends TemplateName>(message: SmsMessage<T>, db: Queryable = this.db) {
    const locale = message.locale ?? 'zh-CN';
    const body = renderTemplate(locale, message.template, message.params);
    await db.query(
      `insert into sandbox_sms (vendor_id, to_phone, template, locale, body, params, sent_at)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [
        message.vendorId,
        message.to,
        message.template,
        locale,
        body,
        message.params as unknown as Record<string, unknown>,
        this.now(),
      ],
    );
  }

  /** What was "sent" to `to` (newest last); the dev route and tests read it. */
  async outbox(to?: string, db: Queryable = this.db): Promise<SandboxSms[]> {
    const rows = await db.query<{
      id: number;
      vendor_id: string;
      to_phone: string;
      template: TemplateName;
      locale: SmsLocale;
      body: string;
      params: Record<string, unknown>;
      sent_at: number;
    }>(
      `select * from sandbox_sms where ($1::text is null or to_phone = $1) order by id desc limit 200`,
      [to ?? null],
    );
    return rows.reverse().map((row) => ({
      id: Number(row.id),
      vendorId: row.vendor_id,
      to: row.to_phone,
      template: row.template,
      locale: row.locale,
      body: row.body,
      params: row.params,
      sentAt: Number(row.sent_at),
    }));
  }
}
