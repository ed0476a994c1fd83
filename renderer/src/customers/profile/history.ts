/**
 * One timeline of every entry of an account (its aliases' too): stored value, points and
 * payments, newest first, filterable by kind, and as a CSV file Excel opens right (UTF-8 with a
 * BOM). Pure, so the history and its export say the same thing.
 */
import type { PointsEntry, SaleEntry, StoredValueEntry } from '@domain/customers/schema';
import { reversedIds } from '@domain/customers/ledger';
import { fenToYuanInput } from '@domain/money';

export const historyKinds = ['all', 'storedValue', 'points', 'sales'] as const;
export type HistoryKind = (typeof historyKinds)[number];

export type HistoryRow =
  | { ledger: 'storedValue'; entry: StoredValueEntry; reversed: boolean }
  | { ledger: 'points'; entry: PointsEntry; reversed: boolean }
  | { ledger: 'sales'; entry: SaleEntry; reversed: boolean };

export function historyRows(
  account: { storedValue: StoredValueEntry[]; points: PointsEntry[]; sales: SaleEntry[] },
  kind: HistoryKind,
): HistoryRow[] {
  const reversed = reversedIds([...account.storedValue, ...account.points]);
  const rows: HistoryRow[] = [];
  if (kind === 'all' || kind === 'storedValue')
    for (const entry of account.storedValue)
      rows.push({ ledger: 'storedValue', entry, reversed: reversed.has(entry.id) });
  if (kind === 'all' || kind === 'points')
    for (const entry of account.points)
      rows.push({ ledger: 'points', entry, reversed: reversed.has(entry.id) });
  if (kind === 'all' || kind === 'sales')
    for (const entry of account.sales) rows.push({ ledger: 'sales', entry, reversed: false });
  return rows.sort((a, b) => b.entry.at - a.entry.at || (a.entry.id < b.entry.id ? 1 : -1));
}

/** A row's kind key in the customers namespace (history.kinds.<ledger>.<kind>). */
export function rowKindKey(row: HistoryRow): string {
  if (row.ledger === 'sales') return `history.kinds.sales.${row.entry.method}`;
  return `history.kinds.${row.ledger}.${row.entry.kind}`;
}

/** Whether the shop may undo this entry by a reversal (not a reversal, a spend or an expiry). */
export function canReverse(row: HistoryRow): boolean {
  if (row.reversed || row.ledger === 'sales') return false;
  if (row.ledger === 'storedValue')
    return row.entry.kind === 'topUp' || row.entry.kind === 'opening';
  return ['earn', 'adjust', 'opening'].includes(row.entry.kind);
}

function cell(value: string): string {
  // A leading =, +, - or @ would be a formula in Excel; a quote keeps it text.
  const plainNumber = /^-?\d+(\.\d+)?$/.test(value);
  const safe = !plainNumber && /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface HistoryCsvTexts {
  header: readonly string[];
  when: (epochMs: number) => string;
  kind: (row: HistoryRow) => string;
}

/** Columns: when, what, stored value (principal, bonus), points, payment, receipt, reason. */
export function historyCsv(rows: readonly HistoryRow[], texts: HistoryCsvTexts): string {
  const lines = rows.map((row) => {
    const principal = row.ledger === 'storedValue' ? fenToYuanInput(row.entry.principalFen) : '';
    const bonus = row.ledger === 'storedValue' ? fenToYuanInput(row.entry.bonusFen) : '';
    const points = row.ledger === 'points' ? String(row.entry.points) : '';
    const paid = row.ledger === 'sales' ? fenToYuanInput(row.entry.amountFen) : '';
    return [
      texts.when(row.entry.at),
      texts.kind(row),
      principal,
      bonus,
      points,
      paid,
      row.entry.receiptNo ?? '',
      row.entry.reason ?? '',
    ];
  });
  return (
    '\uFEFF' +
    [texts.header, ...lines].map((line) => line.map(cell).join(',')).join('\r\n') +
    '\r\n'
  );
}
