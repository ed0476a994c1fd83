/**
 * A person's copy of everything the shop holds about them (PIPL art. 45): the account and every
 * profile merged into it, the person's details, marketing consent, and every record that names
 * one of those ids — today the stored-value, points and sales ledgers. Later parts (bookings,
 * vouchers) add their records by table name in `records`; the JSON and the CSV carry any table
 * without changes here. Pure: the desk collects the rows, this shapes them.
 */
import type { Customer, CustomerPersonal } from './schema';

/** The ledgers this part holds by customer id; a later part lists its own tables beside them. */
export const customerRecordTables = ['storedValueEntry', 'pointsEntry', 'saleEntry'] as const;

export type PrivacyRecord = Readonly<Record<string, unknown>> & { id: string; customerId: string };

export interface PrivacyExportInput {
  /** The account the export is for, then the profiles merged into it. */
  customers: readonly Customer[];
  /** The person's details, per profile (absent for an erased one). */
  personal: readonly CustomerPersonal[];
  /** Records naming any of the customers, by table: ledgers now, bookings and vouchers later. */
  records: Readonly<Record<string, readonly PrivacyRecord[]>>;
  exportedAt: number;
  shopName: string;
}

export interface PrivacyExport {
  format: 'vendor-console.customer-data';
  version: 1;
  exportedAt: string;
  shop: string;
  customerId: string;
  /** Ids of profiles merged into this one: their records are this person's too. */
  aliasIds: string[];
  profiles: {
    id: string;
    source: Customer['source'];
    createdAt: string;
    consent: { granted: boolean; at: string } | null;
    erasedAt: string | null;
    personal: Omit<CustomerPersonal, 'id'> | null;
  }[];
  records: Record<string, PrivacyRecord[]>;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Time fields ('at', '…At') become ISO text so the person can read them. */
function readableRecord(record: PrivacyRecord): PrivacyRecord {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    out[key] =
      (key === 'at' || key.endsWith('At')) && typeof value === 'number' ? iso(value) : value;
  }
  return out as PrivacyRecord;
}

export function buildPrivacyExport(input: PrivacyExportInput): PrivacyExport {
  const [account] = input.customers;
  if (!account) throw new RangeError('a privacy export needs the customer');
  const personalById = new Map(input.personal.map((p) => [p.id, p]));
  const records: Record<string, PrivacyRecord[]> = {};
  for (const [table, rows] of Object.entries(input.records)) {
    records[table] = [...rows]
      .sort((a, b) => Number(a.at ?? 0) - Number(b.at ?? 0))
      .map(readableRecord);
  }
  return {
    format: 'vendor-console.customer-data',
    version: 1,
    exportedAt: iso(input.exportedAt),
    shop: input.shopName,
    customerId: account.id,
    aliasIds: input.customers.slice(1).map((c) => c.id),
    profiles: input.customers.map((customer) => {
      const personal = personalById.get(customer.id);
      const { id: _id, ...details } = personal ?? { id: '' };
      return {
        id: customer.id,
        source: customer.source,
        createdAt: iso(customer.createdAt),
        consent: customer.consent
          ? { granted: customer.consent.granted, at: iso(customer.consent.at) }
          : null,
        erasedAt: customer.erasedAt === null ? null : iso(customer.erasedAt),
        personal: personal ? (details as Omit<CustomerPersonal, 'id'>) : null,
      };
    }),
    records,
  };
}

export function privacyExportJson(data: PrivacyExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** Column titles in the person's language; a key without one is shown as it is. */
export type PrivacyCsvLabels = (key: string) => string;

function csvField(value: unknown): string {
  const raw =
    value === null || value === undefined
      ? ''
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  // A note starting with '=' must not run as a formula in Excel (a negative amount is left alone).
  const text = /^[=+@\t\r]|^-(?![\d.])/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (fields: readonly unknown[]) => fields.map(csvField).join(',');

/** The columns every table starts with, so each line begins with what it is and when. */
const leadingKeys = ['id', 'customerId', 'at', 'businessDate', 'receiptNo', 'kind'];

const fenFields = new Set(['principalFen', 'bonusFen', 'amountFen']);
const yuan = (fen: number) =>
  `${fen < 0 ? '-' : ''}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, '0')}`;

/**
 * The same data as a spreadsheet: the profiles first (one field a line), then one block per table
 * with its own header line. Amounts in yuan. Excel-friendly: the caller adds a BOM, lines end CRLF.
 */
export function privacyExportCsv(data: PrivacyExport, label: PrivacyCsvLabels): string {
  const lines: string[] = [csvLine([label('section.profiles')])];
  lines.push(csvLine([label('field'), ...data.profiles.map((p) => p.id)]));
  const profileRows: [string, (p: PrivacyExport['profiles'][number]) => unknown][] = [
    ['source', (p) => p.source],
    ['createdAt', (p) => p.createdAt],
    ['consent', (p) => (p.consent ? `${p.consent.granted} ${p.consent.at}` : '')],
    ['erasedAt', (p) => p.erasedAt],
    ...(['name', 'phone', 'gender', 'birthday', 'tags', 'note'] as const).map(
      (field): [string, (p: PrivacyExport['profiles'][number]) => unknown] => [
        field,
        (p) => {
          const value = p.personal?.[field];
          if (field === 'birthday' && value && typeof value === 'object' && 'month' in value) {
            const monthDay = `${String(value.month).padStart(2, '0')}-${String(value.day).padStart(2, '0')}`;
            return value.year === null ? monthDay : `${value.year}-${monthDay}`;
          }
          return Array.isArray(value) ? value.join('、') : value;
        },
      ],
    ),
  ];
  for (const [key, read] of profileRows)
    lines.push(csvLine([label(key), ...data.profiles.map(read)]));
  for (const [table, rows] of Object.entries(data.records)) {
    lines.push('', csvLine([label(`section.${table}`), rows.length]));
    const keys = [...new Set([...leadingKeys, ...rows.flatMap((r) => Object.keys(r))])].filter(
      (key) => rows.some((r) => key in r),
    );
    if (keys.length === 0) continue;
    lines.push(csvLine(keys.map(label)));
    for (const row of rows)
      lines.push(
        csvLine(
          keys.map((k) =>
            fenFields.has(k) && typeof row[k] === 'number' ? yuan(row[k] as number) : row[k],
          ),
        ),
      );
  }
  return `${lines.join('\r\n')}\r\n`;
}
