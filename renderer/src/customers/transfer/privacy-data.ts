/**
 * Collects everything held about one customer for their PIPL export: the account, the profiles
 * merged into it, their person records and every record naming any of those ids in the tables
 * `privacyRecordTables` lists: the customers part's ledgers, the bookings, the group-buy vouchers
 * and the visit cards sold in the shop; a later part adds its table name there, indexed by
 * customerId, and its rows appear in both files.
 * The export is logged (privacy.logExport 'export', needing the customers.privacy right) before
 * anything is saved.
 */
import type { TFunction } from 'i18next';
import { accountIdOf, accountMemberIds } from '@domain/customers/accounts';
import { logPrivacyExport } from '@domain/customers/mutations';
import {
  buildPrivacyExport,
  customerRecordTables,
  privacyExportCsv,
  privacyExportJson,
  type PrivacyExport,
  type PrivacyRecord,
} from '@domain/customers/privacy-export';
import { encodeCsvText } from '@domain/csv/decode';
import { newId } from '@domain/ids';
import { desktop } from '../../desktop/bridge';
import { mutate } from '../../db/mutate';
import type { VendorDb } from '../../db/vendor-db';
import { readDeskMember } from '../../staff/desk-store';

/** The extension point: tables whose rows name a customer by `customerId` (indexed). */
export const privacyRecordTables: readonly string[] = [
  ...customerRecordTables,
  'booking',
  'voucher',
  'offerSale',
];

export async function collectPrivacyExport(
  db: VendorDb,
  customerId: string,
  shopName: string,
  now = Date.now(),
): Promise<PrivacyExport> {
  const start = await db.customer.get(customerId);
  if (!start) throw new RangeError(`no customer ${customerId}`);
  const accountId = accountIdOf(start);
  const aliases = await db.customer.where('mergedInto').equals(accountId).toArray();
  const account = accountId === start.id ? start : await db.customer.get(accountId);
  const customers = [account ?? start, ...aliases.filter((c) => c.id !== accountId)];
  const ids = accountMemberIds(accountId, customers);
  const personal = (await db.customerPersonal.bulkGet(ids)).flatMap((p) => (p ? [p] : []));
  const records: Record<string, PrivacyRecord[]> = {};
  for (const table of privacyRecordTables) {
    records[table] = await db.table<PrivacyRecord>(table).where('customerId').anyOf(ids).toArray();
  }
  return buildPrivacyExport({ customers, personal, records, exportedAt: now, shopName });
}

export interface PrivacyFiles {
  json: boolean;
  csv: boolean;
}

/** Logs the export, then saves the chosen files; resolves to how many were saved. */
export async function savePrivacyExport(
  db: VendorDb,
  data: PrivacyExport,
  files: PrivacyFiles,
  t: TFunction<'customers'>,
): Promise<number> {
  const staffId = (await readDeskMember(db))?.staffId ?? null;
  await mutate(db, logPrivacyExport, {
    entry: {
      id: newId(),
      kind: 'export',
      customerId: data.customerId,
      count: null,
      at: Date.now(),
      staffId,
    },
  });
  const base = `customer-data-${data.customerId.slice(-12)}-${data.exportedAt.slice(0, 10)}`;
  const label = (key: string) => t(`transfer.privacy.labels.${key}`, { defaultValue: key });
  const outputs = [
    ...(files.json
      ? [{ name: `${base}.json`, bytes: new TextEncoder().encode(privacyExportJson(data)) }]
      : []),
    ...(files.csv
      ? [
          {
            name: `${base}.csv`,
            bytes: encodeCsvText(privacyExportCsv(data, label), { bom: true }),
          },
        ]
      : []),
  ];
  let saved = 0;
  for (const output of outputs) {
    const result = await desktop.saveFile({
      suggestedName: output.name,
      content: new Uint8Array(output.bytes),
    });
    if (!result.ok) throw new Error(result.error);
    if (result.value.saved) saved += 1;
  }
  return saved;
}
