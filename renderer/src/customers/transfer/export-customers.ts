/**
 * The customer list as a CSV for Excel: UTF-8 with a BOM, CRLF, headers the import recognises (so
 * an export moves customers to another console), balances summed over each account and its
 * aliases. Phones are masked (138****1234) unless the shop asks for whole numbers; that export
 * is first logged as privacy.logExport 'wholeNumberExport', which needs the customers.privacy
 * right (the mutation layer asks for a manager's approval), and nothing is saved if it is refused.
 */
import type { TFunction } from 'i18next';
import { accountIdOf } from '@domain/customers/accounts';
import { maskPhone } from '@domain/customers/phone';
import { logPrivacyExport } from '@domain/customers/mutations';
import type { Customer, CustomerPersonal } from '@domain/customers/schema';
import { encodeCsvText } from '@domain/csv/decode';
import { newId } from '@domain/ids';
import { fenToYuanInput } from '@domain/money';
import { desktop } from '../../desktop/bridge';
import { mutate } from '../../db/mutate';
import type { VendorDb } from '../../db/vendor-db';
import { readDeskMember } from '../../staff/desk-store';

export interface ExportedCustomer {
  customer: Customer;
  personal: CustomerPersonal;
  principalFen: number;
  bonusFen: number;
  points: number;
}

/** Accounts with their person (not merged away, not erased), balances over their aliases. */
export async function customersToExport(db: VendorDb): Promise<ExportedCustomer[]> {
  const [customers, personal, storedValue, points] = await Promise.all([
    db.customer.toArray(),
    db.customerPersonal.toArray(),
    db.storedValueEntry.toArray(),
    db.pointsEntry.toArray(),
  ]);
  const accountOf = new Map(customers.map((c) => [c.id, accountIdOf(c)]));
  const totals = new Map<string, { principalFen: number; bonusFen: number; points: number }>();
  const totalOf = (customerId: string) => {
    const account = accountOf.get(customerId) ?? customerId;
    let total = totals.get(account);
    if (!total) totals.set(account, (total = { principalFen: 0, bonusFen: 0, points: 0 }));
    return total;
  };
  for (const entry of storedValue) {
    const total = totalOf(entry.customerId);
    total.principalFen += entry.principalFen;
    total.bonusFen += entry.bonusFen;
  }
  for (const entry of points) totalOf(entry.customerId).points += entry.points;
  const personById = new Map(personal.map((p) => [p.id, p]));
  return customers
    .filter((c) => c.mergedInto === null && c.erasedAt === null && personById.has(c.id))
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((customer) => ({
      customer,
      personal: personById.get(customer.id)!,
      ...(totals.get(customer.id) ?? { principalFen: 0, bonusFen: 0, points: 0 }),
    }));
}

const columns = [
  'name',
  'phone',
  'gender',
  'birthday',
  'tags',
  'note',
  'principal',
  'bonus',
  'points',
  'joinedVia',
  'createdAt',
] as const;

function field(text: string): string {
  const safe = /^[=+@\t\r]|^-(?![\d.])/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV text; `t` is the customers namespace, in the language the file is for. */
export function customersCsv(
  rows: readonly ExportedCustomer[],
  t: TFunction<'customers'>,
  options: { wholeNumbers: boolean; timeZone: string },
): string {
  const date = new Intl.DateTimeFormat('sv-SE', { timeZone: options.timeZone, dateStyle: 'short' });
  const lines = [columns.map((c) => field(t(`transfer.export.columns.${c}`))).join(',')];
  for (const { customer, personal, principalFen, bonusFen, points } of rows) {
    const { birthday } = personal;
    const monthDay = birthday
      ? `${String(birthday.month).padStart(2, '0')}-${String(birthday.day).padStart(2, '0')}`
      : '';
    const values: Record<(typeof columns)[number], string> = {
      name: personal.name,
      phone: personal.phone
        ? options.wholeNumbers
          ? personal.phone
          : maskPhone(personal.phone)
        : '',
      gender: personal.gender ? t(`transfer.gender.${personal.gender}`) : '',
      birthday: birthday ? (birthday.year ? `${birthday.year}-${monthDay}` : monthDay) : '',
      tags: personal.tags.join(t('transfer.export.tagSeparator')),
      note: personal.note,
      principal: fenToYuanInput(principalFen),
      bonus: fenToYuanInput(bonusFen),
      points: String(points),
      joinedVia: t(`transfer.source.${customer.source}`),
      createdAt: date.format(customer.createdAt),
    };
    lines.push(columns.map((c) => field(values[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export const exportFileName = (businessDate: string, wholeNumbers: boolean) =>
  `customers-${businessDate}${wholeNumbers ? '-whole-numbers' : ''}.csv`;

/**
 * The file's text and how many customers it holds; a whole-number export is logged first (and
 * needs the right: this throws, and nothing is made, when it is refused).
 */
export async function prepareCustomerExport(
  db: VendorDb,
  t: TFunction<'customers'>,
  options: { wholeNumbers: boolean; timeZone: string },
): Promise<{ text: string; count: number }> {
  const rows = await customersToExport(db);
  if (options.wholeNumbers) {
    const staffId = (await readDeskMember(db))?.staffId ?? null;
    await mutate(db, logPrivacyExport, {
      entry: {
        id: newId(),
        kind: 'wholeNumberExport',
        customerId: null,
        count: rows.length,
        at: Date.now(),
        staffId,
      },
    });
  }
  return { text: customersCsv(rows, t, options), count: rows.length };
}

/** Exports the list; resolves to the number of customers saved, or null when the save was cancelled. */
export async function exportCustomers(
  db: VendorDb,
  t: TFunction<'customers'>,
  options: { wholeNumbers: boolean; timeZone: string; businessDate: string },
): Promise<number | null> {
  const { text, count } = await prepareCustomerExport(db, t, options);
  const saved = await desktop.saveFile({
    suggestedName: exportFileName(options.businessDate, options.wholeNumbers),
    content: new Uint8Array(encodeCsvText(text, { bom: true })),
  });
  if (!saved.ok) throw new Error(saved.error);
  return saved.value.saved ? count : null;
}
