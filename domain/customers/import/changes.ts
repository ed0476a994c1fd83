/**
 * The planned import as `customers.import` changes: at most 5,000 customers in each, every
 * customer's profile, fields and opening entries in the same change, so each change is complete on
 * its own and a failure part-way leaves whole customers, never a balance without its customer.
 */
import type { importCustomers, PersonalPatch } from '../mutations';
import type { PointsEntry, StoredValueEntry } from '../schema';
import {
  hasOpening,
  openingPointsId,
  openingStoredValueId,
  type CustomerImportPlan,
  type PlannedRow,
} from './plan';

export type CustomersImportArgs = Parameters<(typeof importCustomers)['ops']>[0];

/** The most customers (created or updated) in one change. */
export const CUSTOMERS_PER_CHANGE = 5_000;

export interface ImportContext {
  now: number;
  businessDate: string;
  staffId: string | null;
  /** One per row with an opening balance, in the plan's order (receiptsNeeded). */
  receiptNos: readonly string[];
}

function patchOf(row: PlannedRow): PersonalPatch {
  const fields: PersonalPatch = {};
  for (const change of row.changes) {
    if (change.kind === 'kept') continue;
    const value =
      change.kind === 'addTags'
        ? [...(change.existingValue as string[]), ...(change.fileValue as string[])]
        : change.fileValue;
    Object.assign(fields, { [change.field]: value });
  }
  return fields;
}

export function importChanges(
  plan: CustomerImportPlan,
  context: ImportContext,
): CustomersImportArgs[] {
  const changes: CustomersImportArgs[] = [];
  let current: CustomersImportArgs | null = null;
  let inCurrent = 0;
  let receipt = 0;
  for (const planned of plan.rows) {
    if (planned.action === 'skip' || planned.action === 'unchanged' || !planned.customerId)
      continue;
    if (!current || inCurrent === CUSTOMERS_PER_CHANGE) {
      current = { creates: [], updates: [], storedValue: [], points: [] };
      changes.push(current);
      inCurrent = 0;
    }
    inCurrent += 1;
    const id = planned.customerId;
    const { row } = planned;
    if (planned.action === 'create') {
      current.creates.push({
        customer: {
          id,
          source: 'import',
          createdAt: context.now,
          consent: null,
          mergedInto: null,
          erasedAt: null,
        },
        personal: {
          id,
          name: row.name,
          phone: row.phone,
          gender: row.gender,
          birthday: row.birthday,
          tags: row.tags,
          note: row.note,
        },
      });
    } else {
      const fields = patchOf(planned);
      if (Object.keys(fields).length > 0) current.updates.push({ id, fields });
    }
    if (!hasOpening(planned)) continue;
    const receiptNo = context.receiptNos[receipt];
    receipt += 1;
    if (receiptNo === undefined)
      throw new RangeError('fewer receipt numbers than opening balances');
    const base = {
      customerId: id,
      at: context.now,
      businessDate: context.businessDate,
      receiptNo,
      staffId: context.staffId,
      saleId: null,
      reverses: null,
      reason: null,
    };
    const { principalFen, bonusFen, points } = planned.opening;
    if (principalFen + bonusFen > 0) {
      const entry: StoredValueEntry = {
        ...base,
        id: openingStoredValueId(id),
        kind: 'opening',
        principalFen,
        bonusFen,
        planId: null,
        paidWith: null,
        offline: false,
      };
      current.storedValue.push(entry);
    }
    if (points > 0) {
      const entry: PointsEntry = {
        ...base,
        id: openingPointsId(id),
        kind: 'opening',
        points,
        expires: null,
      };
      current.points.push(entry);
    }
  }
  return changes;
}
