/**
 * Plans an import against the shop's customers before anything is written. A row whose phone
 * belongs to a customer merges into that profile: empty fields are filled, tags added, and a field
 * that already holds something else is kept and said so. Other rows become new customers (source
 * 'import'). Opening balances become one entry each, marked 'opening', with an id derived from the
 * customer's (derivedId), so a customer holds at most one opening of each kind: importing the
 * same file twice adds no money. A phone seen twice in the file is imported once, the later rows
 * flagged. The totals are what the shop confirms.
 */
import { derivedId } from '../../ids';
import type { CustomerPersonal } from '../schema';
import type { ImportProblem, ImportRow } from './row';

/** The personal fields an import can fill, and what a row's value for each is. */
export type FilledField = 'name' | 'gender' | 'birthday' | 'tags' | 'note';
type PersonalValue = CustomerPersonal[FilledField];

export interface FieldChange {
  field: FilledField;
  /** 'fill': the profile's empty field takes the file's value; 'addTags': tags added; 'kept': the profile differs and keeps its own. */
  kind: 'fill' | 'addTags' | 'kept';
  fileValue: PersonalValue;
  existingValue: PersonalValue;
}

export type RowAction = 'create' | 'update' | 'unchanged' | 'skip';

export interface PlannedRow {
  line: number;
  action: RowAction;
  /** The new customer's id, or the existing customer's the row merges into. */
  customerId: string | null;
  row: ImportRow;
  changes: FieldChange[];
  /** The opening balances this row writes (zero where none, or where the customer has one). */
  opening: { principalFen: number; bonusFen: number; points: number };
  errors: ImportProblem[];
  warnings: ImportProblem[];
}

export interface ImportTotals {
  create: number;
  update: number;
  unchanged: number;
  skip: number;
  principalFen: number;
  bonusFen: number;
  points: number;
}

export interface CustomerImportPlan {
  rows: PlannedRow[];
  totals: ImportTotals;
}

/** A customer the file may match: its account's id and its person (merged profiles point on). */
export interface ExistingCustomer {
  id: string;
  personal: Omit<CustomerPersonal, 'id'>;
}

export const openingStoredValueId = (customerId: string) =>
  derivedId(customerId, 'customers.opening.storedValue');
export const openingPointsId = (customerId: string) =>
  derivedId(customerId, 'customers.opening.points');

/** The opening entry ids to look up for the customers a file's rows match (held ones are kept). */
export function openingIdsToCheck(
  rows: readonly ImportRow[],
  existing: readonly ExistingCustomer[],
) {
  const byPhone = phoneIndex(existing);
  return rows.flatMap((row) => {
    const match = row.phone ? byPhone.get(row.phone) : undefined;
    return match ? [openingStoredValueId(match.id), openingPointsId(match.id)] : [];
  });
}

function phoneIndex(existing: readonly ExistingCustomer[]): Map<string, ExistingCustomer> {
  const byPhone = new Map<string, ExistingCustomer>();
  for (const customer of existing) {
    const phone = customer.personal.phone;
    if (phone && !byPhone.has(phone)) byPhone.set(phone, customer);
  }
  return byPhone;
}

const isEmpty = (value: PersonalValue) =>
  value === null || value === '' || (Array.isArray(value) && value.length === 0);

const sameValue = (a: PersonalValue, b: PersonalValue) => JSON.stringify(a) === JSON.stringify(b);

/** What merging a row into an existing profile changes, field by field. */
export function mergeChanges(
  row: ImportRow,
  existing: ExistingCustomer['personal'],
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of ['name', 'gender', 'birthday', 'note'] as const) {
    const fileValue = row[field];
    const existingValue = existing[field];
    if (isEmpty(fileValue) || sameValue(fileValue, existingValue)) continue;
    changes.push({
      field,
      kind: isEmpty(existingValue) ? 'fill' : 'kept',
      fileValue,
      existingValue,
    });
  }
  const added = row.tags.filter((tag) => !existing.tags.includes(tag));
  if (added.length > 0) {
    const room = Math.max(0, 20 - existing.tags.length);
    changes.push({
      field: 'tags',
      kind: room >= added.length ? 'addTags' : 'kept',
      fileValue: added,
      existingValue: existing.tags,
    });
  }
  return changes;
}

export interface PlanOptions {
  newId: () => string;
  /** Opening entries that already exist (their ids): those customers get no second opening. */
  heldOpeningIds: ReadonlySet<string>;
}

export function planCustomerImport(
  rows: readonly ImportRow[],
  existing: readonly ExistingCustomer[],
  options: PlanOptions,
): CustomerImportPlan {
  const byPhone = phoneIndex(existing);
  const firstLineOf = new Map<string, number>();
  const totals: ImportTotals = {
    create: 0,
    update: 0,
    unchanged: 0,
    skip: 0,
    principalFen: 0,
    bonusFen: 0,
    points: 0,
  };
  const planned = rows.map((row): PlannedRow => {
    const errors = [...row.errors];
    const warnings = [...row.warnings];
    const first = row.phone ? firstLineOf.get(row.phone) : undefined;
    if (first !== undefined)
      errors.push({ field: 'phone', code: 'duplicate_in_file', params: { line: first } });
    else if (row.phone && errors.length === 0) firstLineOf.set(row.phone, row.line);
    const none = { principalFen: 0, bonusFen: 0, points: 0 };
    if (errors.length > 0) {
      totals.skip += 1;
      return {
        line: row.line,
        action: 'skip',
        customerId: null,
        row,
        changes: [],
        opening: none,
        errors,
        warnings,
      };
    }
    const match = row.phone ? byPhone.get(row.phone) : undefined;
    const customerId = match?.id ?? options.newId();
    const opening = { ...none };
    const storedValueHeld = match && options.heldOpeningIds.has(openingStoredValueId(match.id));
    if (row.principalFen + row.bonusFen > 0) {
      if (storedValueHeld) warnings.push({ field: 'principal', code: 'opening_held' });
      else Object.assign(opening, { principalFen: row.principalFen, bonusFen: row.bonusFen });
    }
    if (row.points > 0) {
      if (match && options.heldOpeningIds.has(openingPointsId(match.id)))
        warnings.push({ field: 'points', code: 'opening_held' });
      else opening.points = row.points;
    }
    const changes = match ? mergeChanges(row, match.personal) : [];
    const writes =
      changes.some((c) => c.kind !== 'kept') ||
      opening.principalFen + opening.bonusFen + opening.points > 0;
    const action: RowAction = !match ? 'create' : writes ? 'update' : 'unchanged';
    totals[action] += 1;
    totals.principalFen += opening.principalFen;
    totals.bonusFen += opening.bonusFen;
    totals.points += opening.points;
    return { line: row.line, action, customerId, row, changes, opening, errors, warnings };
  });
  return { rows: planned, totals };
}

/** How many receipt numbers the import takes: one per customer with an opening balance. */
export const receiptsNeeded = (plan: CustomerImportPlan): number =>
  plan.rows.filter(hasOpening).length;

export const hasOpening = (row: PlannedRow): boolean =>
  row.opening.principalFen + row.opening.bonusFen + row.opening.points > 0;
