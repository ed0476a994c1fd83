/**
 * The texts the platform sends customers by SMS, in both languages the console speaks. The
 * platform has no i18next: a small typed catalogue, one function per template and language, so a
 * template missing in one language, or a parameter a text uses but the caller does not give, is
 * a type error. Texts are short (an SMS is 70 Chinese characters a part) and carry the shop's
 * name in 【】 as Chinese SMS must.
 */

export const smsLocales = ['zh-CN', 'en'] as const;
export type SmsLocale = (typeof smsLocales)[number];

export interface TemplateParams {
  /** A one-time code to verify the phone. */
  code: { shop: string; code: string; minutes: number };
  /** A booking was made (confirmed, or requested and waiting for the shop or a deposit). */
  confirmation: { shop: string; when: string; party: number; code: string; confirmed: boolean };
  reminder: { shop: string; when: string; party: number; code: string };
  cancellation: { shop: string; when: string; code: string; refundFen: number | null };
}
export type TemplateName = keyof TemplateParams;
export const templateNames = ['code', 'confirmation', 'reminder', 'cancellation'] as const;

type Catalogue = { [T in TemplateName]: (params: TemplateParams[T]) => string };

const yuan = (fen: number) => (fen / 100).toFixed(2);

export const templates: Record<SmsLocale, Catalogue> = {
  'zh-CN': {
    code: (p) => `【${p.shop}】您的验证码是 ${p.code}，${p.minutes} 分钟内有效。请勿告诉他人。`,
    confirmation: (p) =>
      p.confirmed
        ? `【${p.shop}】您的预约已确认：${p.when}，${p.party} 位。预约码 ${p.code}。`
        : `【${p.shop}】已收到您的预约：${p.when}，${p.party} 位，待确认。预约码 ${p.code}。`,
    reminder: (p) => `【${p.shop}】提醒：您预约了 ${p.when}，${p.party} 位。预约码 ${p.code}。`,
    cancellation: (p) =>
      `【${p.shop}】您 ${p.when} 的预约（${p.code}）已取消。` +
      (p.refundFen ? `定金 ¥${yuan(p.refundFen)} 将原路退回。` : ''),
  },
  en: {
    code: (p) =>
      `[${p.shop}] Your verification code is ${p.code}, valid for ${p.minutes} minutes. Do not share it.`,
    confirmation: (p) =>
      p.confirmed
        ? `[${p.shop}] Your booking is confirmed: ${p.when}, party of ${p.party}. Code ${p.code}.`
        : `[${p.shop}] We received your booking: ${p.when}, party of ${p.party}, awaiting confirmation. Code ${p.code}.`,
    reminder: (p) =>
      `[${p.shop}] Reminder: your booking ${p.when}, party of ${p.party}. Code ${p.code}.`,
    cancellation: (p) =>
      `[${p.shop}] Your booking ${p.when} (${p.code}) is cancelled.` +
      (p.refundFen ? ` Your deposit of CN¥${yuan(p.refundFen)} will be refunded.` : ''),
  },
};

export function renderTemplate<T extends TemplateName>(
  locale: SmsLocale,
  template: T,
  params: TemplateParams[T],
): string {
  return (templates[locale][template] as (p: TemplateParams[T]) => string)(params);
}
