/**
 * The storefront's own texts, for customers (the served page, its customer pages, the poster):
 * not the console's i18next resources, because the page renders on the platform's server and on
 * customers' phones without the console. Each area keeps one file with both languages; the type
 * makes English carry exactly the Chinese keys, and a test checks none is empty.
 */
import type { PageLanguage } from '../types';

export type Messages = Readonly<Record<string, string>>;

/** An area's texts: English must have every key Chinese has, and no other. */
export function defineMessages<const Zh extends Messages>(
  zh: Zh,
  en: { readonly [K in keyof Zh]: string },
): Record<PageLanguage, Zh> {
  return { 'zh-CN': zh, en: en as unknown as Zh };
}

/** '{{name}}' placeholders filled from `values`; an unknown placeholder stays as written. */
export function fill(text: string, values: Readonly<Record<string, string | number>> = {}): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

export type Translate<Zh extends Messages> = (
  key: keyof Zh & string,
  values?: Readonly<Record<string, string | number>>,
) => string;

export function translator<Zh extends Messages>(
  messages: Record<PageLanguage, Zh>,
  language: PageLanguage,
): Translate<Zh> {
  return (key, values) => fill(messages[language][key] ?? messages['zh-CN'][key] ?? key, values);
}

/** The page's language from a request's `?lang=` or Accept-Language: English if asked first. */
export function pageLanguageOf(query: string | undefined, acceptLanguage: string | undefined) {
  if (query === 'en' || query === 'zh-CN') return query;
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? ('en' as const) : ('zh-CN' as const);
}
