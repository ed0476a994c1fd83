/** How menu content reads in the console's language: shop-written names and money. */
import { useCallback } from 'react';
import type { Language } from '@domain/ipc-contract';
import type { LocalizedName } from '@domain/menu/schema';
import { formatFen } from '@domain/money';
import { useLanguage } from '../settings/language';
import { useVendorProfile } from '../vendors/use-vendor';

/** The English name when the console is in English and the shop wrote one, else the Chinese. */
export function localName(name: LocalizedName, language: Language): string {
  return language === 'en' && name.en?.trim() ? name.en : name.zh;
}

export function useLocalName(): (name: LocalizedName) => string {
  const { language } = useLanguage();
  return useCallback((name) => localName(name, language), [language]);
}

/** Formats fen in the shop's currency for the console's language (¥25.00 / CN¥25.00). */
export function useFormatFen(): (fen: number) => string {
  const { language } = useLanguage();
  const currency = useVendorProfile()?.currency ?? 'CNY';
  return useCallback((fen) => formatFen(fen, { currency, locale: language }), [currency, language]);
}
