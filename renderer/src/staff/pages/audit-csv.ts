/** The audit log as a CSV file Excel opens right (UTF-8 with a BOM), in the shop's language. */
import type { TFunction } from 'i18next';
import type { AuditEntry } from '@domain/staff/audit';
import { desktop } from '../../desktop/bridge';
import { formatDeviceTime } from '../../i18n/format-time';

function cell(value: string): string {
  // A leading =, +, - or @ would be a formula in Excel.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function auditCsv(
  entries: readonly AuditEntry[],
  options: { language: string; t: TFunction<'staff'>; what: (name: string) => string },
): string {
  const { t, language, what } = options;
  const header = [
    t('audit.when'),
    t('audit.what'),
    t('audit.who'),
    t('audit.approvedBy'),
    t('audit.desk'),
    t('audit.status'),
  ];
  const rows = entries.map((entry) => [
    formatDeviceTime(entry.madeAt, language),
    what(entry.name),
    entry.actorName ?? '',
    entry.approverName ?? '',
    entry.deviceName ?? '',
    entry.status === 'applied' ? t('audit.applied') : t('audit.rejected'),
  ]);
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function downloadAuditCsv(
  entries: readonly AuditEntry[],
  options: {
    fileName: string;
    language: string;
    t: TFunction<'staff'>;
    what: (n: string) => string;
  },
) {
  const text = '\uFEFF' + auditCsv(entries, options);
  return desktop.saveFile({
    suggestedName: options.fileName,
    content: new Uint8Array(new TextEncoder().encode(text)),
  });
}
