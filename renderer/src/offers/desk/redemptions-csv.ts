/** Today's redemptions as CSV for reconciliation: Excel opens it right with the BOM the caller adds. */
function cell(value: string): string {
  // A leading =, +, - or @ would be a formula in Excel.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface RedemptionCsvRow {
  time: string;
  offer: string;
  code: string;
  desk: string;
  how: string;
  marks: string;
}

export function redemptionsCsv(
  rows: readonly RedemptionCsvRow[],
  header: readonly string[],
): string {
  const lines = [
    header,
    ...rows.map((row) => [row.time, row.offer, row.code, row.desk, row.how, row.marks]),
  ];
  return lines.map((line) => line.map(cell).join(',')).join('\r\n') + '\r\n';
}
