/**
 * The per-offer report as CSV for reconciliation: counts as integers and amounts in yuan with two
 * decimals ("1234.50", no currency sign or grouping, so a spreadsheet reads them as numbers).
 * Excel opens Chinese text right with the BOM that `withBom` adds.
 */
import { fenToYuanInput } from '@domain/money';
import type { OfferFigures } from './offer-report';

/** The columns in their order; the caller gives each a header in the user's language. */
export const reportColumns = [
  'sold',
  'soldFen',
  'awaitingGroup',
  'valid',
  'usesTaken',
  'reversals',
  'fullyUsed',
  'redeemedFen',
  'refunded',
  'refundedFen',
  'expired',
] as const satisfies readonly (keyof OfferFigures)[];
export type ReportColumn = (typeof reportColumns)[number];

export const isAmountColumn = (column: ReportColumn): boolean => column.endsWith('Fen');

function cell(value: string): string {
  // A leading =, +, - or @ would be a formula in Excel.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface ReportCsvRow {
  /** The offer's title (or the total's label). */
  label: string;
  figures: OfferFigures;
}

/**
 * The report's lines: a header (the offer column's name, then one per column), one per row.
 * Headers are given in the order of reportColumns.
 */
export function offerReportCsv(
  rows: readonly ReportCsvRow[],
  header: { offer: string; columns: Readonly<Record<ReportColumn, string>> },
): string {
  const lines = [
    [header.offer, ...reportColumns.map((column) => header.columns[column])],
    ...rows.map((row) => [
      row.label,
      ...reportColumns.map((column) =>
        isAmountColumn(column) ? fenToYuanInput(row.figures[column]) : String(row.figures[column]),
      ),
    ]),
  ];
  return lines.map((line) => line.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** The CSV as bytes Excel on Chinese Windows opens as UTF-8. */
export const withBom = (csv: string): Uint8Array<ArrayBuffer> =>
  new TextEncoder().encode('\uFEFF' + csv);
