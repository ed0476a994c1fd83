/**
 * Turns a checked import row into a new item, or into the changed fields of the item it updates.
 * An update carries only fields that differ, so re-importing an unchanged export changes nothing,
 * and spec groups and options keep their ids when their names match.
 */
import { normalizeCode } from '../codes';
import type { ItemChanges } from '../mutations/items';
import type { Availability, MenuItem, SpecGroup } from '../schema';
import type { ResolvedDraft } from './resolve';

const key = (name: string) => name.trim().toLowerCase();

/** Gives imported groups and options the ids of same-named ones on the existing item, or new ids. */
export function assignSpecIds(
  groups: readonly SpecGroup[],
  existing: readonly SpecGroup[],
  newId: () => string,
): SpecGroup[] {
  const existingByName = new Map(existing.map((g) => [key(g.name.zh), g]));
  return groups.map((group) => {
    const match = existingByName.get(key(group.name.zh));
    const optionIds = new Map((match?.options ?? []).map((o) => [key(o.name.zh), o.id]));
    return {
      ...group,
      id: match?.id ?? newId(),
      options: group.options.map((o) => ({ ...o, id: optionIds.get(key(o.name.zh)) ?? newId() })),
    };
  });
}

function availabilityOf(
  value: ResolvedDraft,
  existing: Availability | null | undefined,
): Availability | null | undefined {
  if (value.daypartIds === undefined && value.weekdays === undefined) return undefined;
  const daypartIds = value.daypartIds ?? existing?.daypartIds ?? [];
  const weekdays = value.weekdays ?? existing?.weekdays ?? [];
  return daypartIds.length === 0 && weekdays.length === 0 ? null : { daypartIds, weekdays };
}

/** Every field the row sets, given what the item has now (undefined for a new item). */
function fieldsOf(
  value: ResolvedDraft,
  existing: MenuItem | undefined,
  refs: { categoryId: string | undefined; tagIds: string[] | undefined; newId: () => string },
): ItemChanges {
  const fields: ItemChanges = {
    name: {
      zh: value.nameZh,
      en: value.nameEn === undefined ? (existing?.name.en ?? null) : value.nameEn,
    },
    priceFen: value.priceFen,
  };
  if (value.descriptionZh !== undefined || value.descriptionEn !== undefined) {
    fields.description = {
      zh:
        value.descriptionZh === undefined
          ? (existing?.description.zh ?? null)
          : value.descriptionZh,
      en:
        value.descriptionEn === undefined
          ? (existing?.description.en ?? null)
          : value.descriptionEn,
    };
  }
  if (refs.categoryId !== undefined) fields.categoryId = refs.categoryId;
  if (refs.tagIds !== undefined) fields.tags = refs.tagIds;
  if (value.listPriceFen !== undefined) fields.listPriceFen = value.listPriceFen;
  if (value.sku !== undefined) fields.sku = value.sku;
  if (value.barcode !== undefined) fields.barcode = value.barcode;
  if (value.status !== undefined) fields.status = value.status;
  if (value.dailyStock !== undefined) fields.dailyStock = value.dailyStock;
  const availability = availabilityOf(value, existing?.availability);
  if (availability !== undefined) fields.availability = availability;
  if (value.specGroups !== undefined) {
    fields.specGroups = assignSpecIds(value.specGroups, existing?.specGroups ?? [], refs.newId);
  }
  return fields;
}

export function newItemOf(
  value: ResolvedDraft,
  refs: {
    id: string;
    categoryId: string;
    tagIds: string[] | undefined;
    sortKey: string;
    updatedAt: number;
    newId: () => string;
  },
): MenuItem {
  const fields = fieldsOf(value, undefined, refs);
  return {
    id: refs.id,
    categoryId: refs.categoryId,
    sortKey: refs.sortKey,
    name: fields.name!,
    description: fields.description ?? { zh: null, en: null },
    priceFen: value.priceFen,
    listPriceFen: fields.listPriceFen ?? null,
    photoIds: [],
    tags: fields.tags ?? [],
    sku: fields.sku ?? null,
    barcode: fields.barcode ?? null,
    status: fields.status ?? 'on_sale',
    soldOutBusinessDate: null,
    dailyStock: fields.dailyStock ?? null,
    specGroups: fields.specGroups ?? [],
    availability: fields.availability ?? null,
    updatedAt: refs.updatedAt,
  };
}

/**
 * A value in a form where equal data compares equal: object keys sorted, and null and absent
 * fields dropped (a stored row may lack a nullish field that an import sets to null; both mean
 * "none").
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
}

function sameField(field: string, next: unknown, current: unknown): boolean {
  // SKUs and barcodes are one code whatever their case (codes.ts); tags are a set.
  const comparable = (v: unknown) =>
    field === 'tags' && Array.isArray(v)
      ? [...v].sort()
      : (field === 'sku' || field === 'barcode') && typeof v === 'string'
        ? normalizeCode(v)
        : v;
  return (
    JSON.stringify(canonical(comparable(next)) ?? null) ===
    JSON.stringify(canonical(comparable(current)) ?? null)
  );
}

/** The fields of `existing` the row changes; empty when the row says what the item already has. */
export function changedFieldsOf(
  value: ResolvedDraft,
  existing: MenuItem,
  refs: { categoryId: string | undefined; tagIds: string[] | undefined; newId: () => string },
): ItemChanges {
  const fields = fieldsOf(value, existing, refs);
  const changed: Record<string, unknown> = {};
  for (const [field, next] of Object.entries(fields)) {
    if (!sameField(field, next, existing[field as keyof MenuItem])) changed[field] = next;
  }
  return changed as ItemChanges;
}
