/**
 * Reads a price as exports write it ("12.50", "¥12.50", "CN¥12.50", "RMB 12.5", "12.5元") and
 * says which currency a symbol or code names. The console keeps yuan: an amount marked as another
 * currency is never taken one-for-one without a word (resolve.ts warns). A bare "¥" is read as
 * yuan: it is how zh-CN writes CNY, and a yen price would also have no decimals, so it cannot be
 * told apart; a file whose price column says JPY is warned about as a whole.
 */
export type PriceCurrency = 'CNY' | 'USD' | 'dollar' | 'HKD' | 'TWD' | 'EUR' | 'GBP' | 'JPY';

const MARKS: readonly [RegExp, PriceCurrency][] = [
  [/^(CN¥|RMB|CNY|元)$/i, 'CNY'],
  [/^(JP¥|JPY|円)$/i, 'JPY'],
  [/^[¥￥]$/, 'CNY'],
  [/^(US\$|USD)$/i, 'USD'],
  [/^(HK\$|HKD)$/i, 'HKD'],
  [/^(NT\$|TWD)$/i, 'TWD'],
  [/^(€|EUR)$/i, 'EUR'],
  [/^(£|GBP)$/i, 'GBP'],
  [/^\$$/, 'dollar'],
];

const MARK = String.raw`CN¥|JP¥|US\$|HK\$|NT\$|RMB|CNY|JPY|USD|HKD|TWD|EUR|GBP|[¥￥$€£元円]`;
const PRICE = new RegExp(String.raw`^\s*(${MARK})?\s*(.*?)\s*(${MARK})?\s*$`, 'i');

export interface PriceText {
  /** The amount as written, without its currency mark. */
  amount: string;
  /** The currency its mark names; null when it has none. */
  currency: PriceCurrency | null;
}

export function importPriceText(text: string): PriceText {
  const [, before, amount = text, after] = PRICE.exec(text) ?? [];
  const mark = before ?? after;
  const currency = mark ? (MARKS.find(([pattern]) => pattern.test(mark))?.[1] ?? null) : null;
  return { amount, currency };
}

/** The currency a price column's header names ("Price (USD)", "价格（美元）"), or null. */
export function currencyOfHeader(header: string): PriceCurrency | null {
  const words: readonly [RegExp, PriceCurrency][] = [
    [/\b(USD|US\$)|美元/i, 'USD'],
    [/\bEUR\b|€|欧元/i, 'EUR'],
    [/\bJPY\b|円|日元/i, 'JPY'],
    [/\bHKD\b|港币|港元/i, 'HKD'],
    [/\bTWD\b|台币/i, 'TWD'],
    [/\bGBP\b|£|英镑/i, 'GBP'],
  ];
  return words.find(([pattern]) => pattern.test(header))?.[1] ?? null;
}
