/**
 * Names the records a change touched, for the Sync page ("菜品：牛肉面"): from the shop's rows,
 * else the platform's copy, else the change's own arguments (a rejected "new item" exists
 * nowhere else). Stock entries and photos are named by their item, a customer's account, ledger
 * entries and bookings by the customer's name (nothing, once erased), a redemption by its
 * voucher's code. Read-only.
 */
import { formatVoucherCode } from '@domain/vouchers/code';
import type { VendorDb } from '../../db/vendor-db';
import { shadowTable } from './sync-state';

export interface NamedRecord {
  table: string;
  id: string;
  name: string | null;
}

type Row = Record<string, unknown>;

function nameOf(row: Row | undefined, language: string): string | null {
  const name = row?.name;
  if (typeof name === 'string') return name;
  if (name && typeof name === 'object') {
    const { zh, en } = name as { zh?: unknown; en?: unknown };
    const preferred = language.startsWith('en') ? (en ?? zh) : zh;
    return typeof preferred === 'string' && preferred
      ? preferred
      : typeof zh === 'string'
        ? zh
        : null;
  }
  return null;
}

/**
 * The object with `id` anywhere inside a change's arguments (args, args.items[n], args.photo...)
 * that `accept` takes: a new customer's account and person share one id, and only the person has
 * the name.
 */
function findInArgs(
  value: unknown,
  id: string,
  accept: (row: Row) => boolean,
  depth = 0,
): Row | undefined {
  if (!value || typeof value !== 'object' || depth > 4) return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findInArgs(item, id, accept, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const row = value as Row;
  if (row.id === id && accept(row)) return row;
  for (const child of Object.values(row)) {
    const found = findInArgs(child, id, accept, depth + 1);
    if (found) return found;
  }
  return undefined;
}

async function rowOf(
  db: VendorDb,
  table: string,
  id: string,
  args: unknown,
): Promise<Row | undefined> {
  const local = (await db.table(table).get(id)) as Row | undefined;
  if (local) return local;
  const platform = await shadowTable(db).get([table, id]);
  const accept = table === 'customerPersonal' ? (row: Row) => 'name' in row : () => true;
  return platform?.row ?? findInArgs(args, id, accept);
}

export async function nameRecords(
  db: VendorDb,
  records: ReadonlyArray<{ table: string; id: string }>,
  args: unknown,
  language: string,
  limit = 3,
): Promise<NamedRecord[]> {
  const named: NamedRecord[] = [];
  for (const { table, id } of records.slice(0, limit)) {
    const row = await rowOf(db, table, id, args);
    let name = nameOf(row, language);
    if (!name && typeof row?.itemId === 'string') {
      name = nameOf(await rowOf(db, 'menuItem', row.itemId, args), language);
    }
    const customerId = table === 'customer' ? id : row?.customerId;
    if (!name && typeof customerId === 'string') {
      name = nameOf(await rowOf(db, 'customerPersonal', customerId, args), language) || null;
    }
    if (!name && (table === 'redemption' || table === 'voucher') && typeof row?.code === 'string') {
      name = formatVoucherCode(row.code);
    }
    named.push({ table, id, name });
  }
  return named;
}
