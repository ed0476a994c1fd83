/**
 * The customer import's steps for the dialog: read the file (in a worker when the browser has
 * them), plan it against the shop's customers as they are now, then write it as customers.import
 * changes of at most 5,000 customers each. Receipt numbers for the opening entries are taken
 * first, in their own transaction (receipts.ts): a write that fails leaves a gap, never a
 * number used twice. Each change is whole on its own; if one fails, the ones before it stay and
 * the result says how many customers were written.
 */
import type { CustomerColumnMapping } from '@domain/customers/import/csv';
import { importChanges, type CustomersImportArgs } from '@domain/customers/import/changes';
import {
  openingIdsToCheck,
  planCustomerImport,
  receiptsNeeded,
  type CustomerImportPlan,
  type ExistingCustomer,
} from '@domain/customers/import/plan';
import { readCustomerFile, type CustomerFileRead } from '@domain/customers/import/read';
import { accountIdOf } from '@domain/customers/accounts';
import { importCustomers } from '@domain/customers/mutations';
import { newId } from '@domain/ids';
import { mutate } from '../../db/mutate';
import type { VendorDb } from '../../db/vendor-db';
import { readDeskMember } from '../../staff/desk-store';
import { takeReceiptNumbers } from '../receipts';

export interface ReadRequest {
  bytes: ArrayBuffer;
  mapping: CustomerColumnMapping | null;
}

type WorkerReply = { read: CustomerFileRead } | { error: string };

function inWorker(request: ReadRequest): Promise<CustomerFileRead> {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      worker.terminate();
      if ('read' in event.data) resolve(event.data.read);
      else reject(new Error(event.data.error));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage(request, [request.bytes]);
  });
}

/** Reads the file; the bytes are handed to the worker, so pass a copy you may need again. */
export function readFile(request: ReadRequest): Promise<CustomerFileRead> {
  if (typeof Worker !== 'undefined') return inWorker(request);
  return Promise.resolve(readCustomerFile(new Uint8Array(request.bytes), request.mapping));
}

/**
 * The shop's customers a row may match: accounts (not merged away, not erased) with their person.
 * A merged profile's phone still finds its account, and what a row fills is judged against the
 * account's own person, which is the one the import patches.
 */
export async function existingCustomers(db: VendorDb): Promise<ExistingCustomer[]> {
  const [customers, personal] = await Promise.all([
    db.customer.toArray(),
    db.customerPersonal.toArray(),
  ]);
  const byId = new Map(customers.map((c) => [c.id, c]));
  const personOf = new Map(personal.map((p) => [p.id, p]));
  const own: ExistingCustomer[] = [];
  const viaAlias: ExistingCustomer[] = [];
  for (const { id, ...person } of personal) {
    const customer = byId.get(id);
    if (!customer) continue;
    const accountId = accountIdOf(customer);
    const account = byId.get(accountId);
    const accountPerson = personOf.get(accountId);
    if (!account || account.erasedAt !== null || !accountPerson) continue;
    if (accountId === id) own.push({ id, personal: person });
    else if (person.phone) {
      const { id: _account, ...accountFields } = accountPerson;
      viaAlias.push({ id: accountId, personal: { ...accountFields, phone: person.phone } });
    }
  }
  // The accounts' own phones first, so a phone on two profiles matches the account itself.
  return [...own, ...viaAlias];
}

/** Plans the rows against the shop's customers and the opening entries they already hold. */
export async function planRead(db: VendorDb, read: CustomerFileRead): Promise<CustomerImportPlan> {
  const existing = await existingCustomers(db);
  const ids = openingIdsToCheck(read.rows, existing);
  const [storedValue, points] = await Promise.all([
    db.storedValueEntry.bulkGet(ids),
    db.pointsEntry.bulkGet(ids),
  ]);
  const held = new Set([...storedValue, ...points].flatMap((entry) => (entry ? [entry.id] : [])));
  return planCustomerImport(read.rows, existing, { newId, heldOpeningIds: held });
}

export interface ImportResult {
  /** Customers written (created, or merged into), before any failure. */
  written: number;
  /** Customers the plan would write: more than `written` when a later change failed. */
  planned: number;
}

/** The customers one change creates or adds to. */
const customersIn = (change: CustomersImportArgs) =>
  new Set([
    ...change.creates.map((c) => c.customer.id),
    ...change.updates.map((u) => u.id),
    ...change.storedValue.map((e) => e.customerId),
    ...change.points.map((e) => e.customerId),
  ]).size;

/** Writes the plan; throws (nothing written) when the first change is refused. */
export async function commitImport(
  db: VendorDb,
  plan: CustomerImportPlan,
  businessDate: string,
): Promise<ImportResult> {
  const needed = receiptsNeeded(plan);
  const receiptNos = needed > 0 ? await takeReceiptNumbers(db, businessDate, needed) : [];
  const staffId = (await readDeskMember(db))?.staffId ?? null;
  const changes = importChanges(plan, { now: Date.now(), businessDate, staffId, receiptNos });
  const planned = changes.reduce((sum, change) => sum + customersIn(change), 0);
  let written = 0;
  for (const [index, change] of changes.entries()) {
    try {
      await mutate(db, importCustomers, change);
    } catch (error) {
      if (index === 0) throw error;
      break;
    }
    written += customersIn(change);
  }
  return { written, planned };
}
