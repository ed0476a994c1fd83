/**
 * What the shop should know about a file as a whole before importing it: that it looks cut off,
 * that its prices are in another currency (both must be confirmed), or which columns have no
 * place in the menu (said, not asked).
 */
import { loyverseUnreadColumns } from '../csv/loyverse';
import type { CsvTable } from '../../csv/parse';
import { currencyOfHeader } from '../csv/prices';
import type { ImportPlan } from './plan';
import type { ImportSource } from './read';

export type ImportFileWarningCode = 'file_truncated' | 'foreign_currency' | 'columns_not_imported';

export interface ImportFileWarning {
  code: ImportFileWarningCode;
  params?: Record<string, string | number>;
}

/** Warnings the shop must confirm before importing; the others only inform. */
export function needsConfirmation(warning: ImportFileWarning): boolean {
  return warning.code !== 'columns_not_imported';
}

/** Currencies other than yuan the prices are marked in: in their cells or their column's header. */
function foreignCurrencies(plan: ImportPlan, headers: readonly string[]): string[] {
  const found = new Set<string>();
  for (const row of plan.preview) {
    for (const warning of row.warnings) {
      if (warning.code === 'price_foreign_currency') found.add(String(warning.params?.currency));
    }
  }
  for (const header of headers.filter((h) => /price|价/i.test(h))) {
    const currency = currencyOfHeader(header);
    if (currency) found.add(currency);
  }
  return [...found];
}

export function fileWarningsOf(
  table: CsvTable,
  source: ImportSource,
  plan: ImportPlan,
): ImportFileWarning[] {
  const warnings: ImportFileWarning[] = [];
  if (table.unclosedQuoteLine !== undefined) {
    warnings.push({ code: 'file_truncated', params: { line: table.unclosedQuoteLine } });
  }
  const currencies = foreignCurrencies(plan, table.headers);
  if (currencies.length > 0) {
    warnings.push({ code: 'foreign_currency', params: { currencies: currencies.join(',') } });
  }
  // Loyverse's cost, stock counts, taxes and other stores have no place here: name them.
  const unread =
    'layout' in source && source.layout === 'loyverse' ? loyverseUnreadColumns(table.headers) : [];
  if (unread.length > 0) {
    warnings.push({ code: 'columns_not_imported', params: { columns: unread.join(', ') } });
  }
  return warnings;
}
