/**
 * How Needs attention words an item: by its rule's texts in the rule's part (domain/parts/
 * text-keys.ts) with the rule's details as facts, else by the generic text of the rejection's
 * reason. Pure, so the wording of every rule is testable with the platform's real details.
 */
import type { TFunction } from 'i18next';
import { maskPhone } from '@domain/customers/phone';
import { deskCodeOf } from '@domain/customers/receipt';
import { formatFen } from '@domain/money';
import { permissionLabelKey, ruleTextKeys } from '@domain/parts/text-keys';
import { offerFacts } from '../../offers/attention-facts';

/**
 * What the desk knows locally that a rule's details only name by id: the customer a balance
 * rule is about (null: no such customer here, or erased), this desk's receipt code, the shop's
 * zone and currency.
 */
export interface AttentionContext {
  customer?: { name: string; phone: string | null; erased: boolean } | null;
  deskCode?: string;
  timeZone?: string;
  currency?: string;
}

const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/**
 * A moment on the shop's clock. A booking's times are 24-hour in either language, as the
 * calendar shows them ('h23'), and a span within one day leaves the date out (`clockOnly`).
 */
function formatMoment(
  epochMs: number,
  language: string,
  timeZone: string | undefined,
  options: { hourCycle?: 'h23'; clockOnly?: boolean } = {},
): string {
  const date = options.clockOnly
    ? {}
    : ({ year: 'numeric', month: '2-digit', day: '2-digit' } as const);
  return new Intl.DateTimeFormat(language, {
    timeZone,
    ...date,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: options.hourCycle,
  }).format(epochMs);
}

/**
 * The customers' rules in the shop's words: the customer by name (looked up on this desk;
 * "an erased customer" when gone), money as money in the UI's language, points as points, and
 * the newest other spend: when, how much, and on which desk (its receipt's first six characters
 * are the desk's code: "this desk" when they are this desk's).
 */
function customerFacts(
  rule: string | null,
  details: Record<string, unknown>,
  language: string,
  t: TFunction,
  context: AttentionContext,
): Record<string, string> {
  if (rule === 'customer.erased') {
    const erasedAt = num(details.erasedAt);
    return erasedAt === null
      ? {}
      : { erasedAtText: formatMoment(erasedAt, language, context.timeZone) };
  }
  if (rule !== 'storedValue.belowZero' && rule !== 'points.belowZero') return {};
  const money = rule === 'storedValue.belowZero';
  const amount = (value: unknown) => {
    const n = num(value) ?? 0;
    return money
      ? formatFen(n, { currency: context.currency ?? 'CNY', locale: language })
      : String(n);
  };
  const { customer } = context;
  const customerName =
    customer === undefined
      ? t('customers:attention.unknownCustomer')
      : customer === null || customer.erased
        ? t('customers:attention.erasedCustomer')
        : customer.name ||
          (customer.phone ? maskPhone(customer.phone) : t('customers:attention.unknownCustomer'));
  const otherAt = num(details.otherAt);
  const receipt = typeof details.otherReceipt === 'string' ? details.otherReceipt : null;
  const kind = money ? 'otherSpend' : 'otherPointsSpend';
  let otherSpend = '';
  if (otherAt !== null) {
    const time = formatMoment(otherAt, language, context.timeZone);
    const otherAmount = amount(details.otherAmount);
    if (receipt) {
      const code = deskCodeOf(receipt);
      const desk =
        code === context.deskCode
          ? t('customers:attention.thisDesk')
          : t('customers:attention.otherDesk', { code });
      otherSpend = t(`customers:attention.${kind}`, { amount: otherAmount, time, desk, receipt });
    } else {
      otherSpend = t(`customers:attention.${kind}NoReceipt`, { amount: otherAmount, time });
    }
  }
  return {
    customerName,
    requestedTotal: amount(details.requestedTotal),
    availableTotal: amount(details.availableTotal),
    shortfall: amount(details.shortfall),
    otherSpend,
  };
}

/**
 * The bookings rules' times in the shop's zone, not the computer's: when the turned-down booking
 * starts, the span of what holds its table, the pacing slot, and the next free start a fix moves
 * it to ('' when the details have none).
 */
function bookingFacts(
  rule: string | null,
  details: Record<string, unknown>,
  language: string,
  t: TFunction,
  context: AttentionContext,
): Record<string, string> {
  if (!rule?.startsWith('booking.')) return {};
  const moment = (value: unknown) => {
    const at = num(value);
    return at === null ? '' : formatMoment(at, language, context.timeZone, { hourCycle: 'h23' });
  };
  const clock = (at: number) =>
    formatMoment(at, language, context.timeZone, { hourCycle: 'h23', clockOnly: true });
  const span = (from: unknown, to: unknown) => {
    const start = num(from);
    const end = num(to);
    return start === null || end === null ? '' : `${clock(start)}–${clock(end)}`;
  };
  return {
    startsAtText: moment(details.startsAt),
    otherSpanText: span(details.otherStartsAt, details.otherEndsAt),
    slotText: span(details.slotStartsAt, details.slotEndsAt),
    nextStartText: moment(details.nextStartsAt),
    // Nothing free at that time is said, not left as an empty list.
    ...(details.freeSetNames === ''
      ? { freeSetNames: t('bookings:part.rules.booking.resourceTaken.noneFree') }
      : {}),
  };
}

/**
 * A rule's details as facts for its message: localized names ({zh, en}) in the shop's language,
 * a name the platform did not know as "unnamed", a permission by its label; lists and objects
 * are left out.
 */
export function messageFacts(
  details: Record<string, unknown> | null,
  language: string,
  t: TFunction,
): Record<string, string | number> {
  const facts: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(details ?? {})) {
    const permissionKey =
      key === 'permission' && typeof value === 'string' ? permissionLabelKey(value) : undefined;
    // A permission the rule names is worded by its part's label ("修改价格"), not its id.
    if (permissionKey) facts[key] = t(permissionKey);
    else if (typeof value === 'string' || typeof value === 'number') facts[key] = value;
    else if (value === null && key.endsWith('Name')) facts[key] = t('sync:attention.unnamed');
    else if (value && typeof value === 'object' && 'zh' in value) {
      const { zh, en } = value as { zh?: string | null; en?: string | null };
      facts[key] = (language.startsWith('en') ? en || zh : zh) ?? t('sync:attention.unnamed');
    }
  }
  return facts;
}

export interface AttentionTexts {
  reason: string;
  todo: string;
  actionLabel: (actionId: string) => string;
}

export function attentionTexts(
  row: { rule: string | null; reason: string; details: Record<string, unknown> | null },
  t: TFunction,
  language: string,
  context: AttentionContext = {},
): AttentionTexts {
  const facts = {
    ...messageFacts(row.details, language, t),
    ...customerFacts(row.rule, row.details ?? {}, language, t, context),
    ...bookingFacts(row.rule, row.details ?? {}, language, t, context),
    ...offerFacts(row.rule, row.details ?? {}, language, t, context),
  };
  const keys = row.rule ? ruleTextKeys(row.rule) : undefined;
  return {
    reason: keys ? t(keys.message, facts) : t(`sync:attention.reason.${row.reason}`),
    todo: keys ? t(keys.todo, facts) : t(`sync:attention.todo.${row.reason}`),
    actionLabel: (id) => (keys ? t(keys.action(id), facts) : id),
  };
}
