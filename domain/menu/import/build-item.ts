/**
 * Turns a checked import row into a new item, or into the changed fields of the item it updates.
 * An update carries only fields that differ, so re-importing an unchanged export changes nothing,
 * and spec groups and options keep their ids when their names match.
 */
import { normalizeCode } from '../codes';
import type { ItemChanges } from '../mutations/items';
import type { Availability, MenuItem, SpecGroup, Variant, VariantOption } from '../schema';
import type { ResolvedDraft, ResolvedVariant } from './resolve';

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

/**
 * Gives imported dimensions and values the ids of same-named ones on the existing item, and each
 * variant the id of the existing variant of the same values, or new ids: re-importing an export
 * keeps every variant's identity.
 */
export function assignVariantIds(
  options: readonly VariantOption[],
  variants: readonly ResolvedVariant[],
  existing: Pick<MenuItem, 'variantOptions' | 'variants'> | undefined,
  newId: () => string,
): { variantOptions: VariantOption[]; variants: Variant[] } {
  const existingOptions = new Map((existing?.variantOptions ?? []).map((o) => [key(o.name.zh), o]));
  const variantOptions = options.map((option) => {
    const match = existingOptions.get(key(option.name.zh));
    const valueIds = new Map((match?.values ?? []).map((v) => [key(v.name.zh), v.id]));
    return {
      ...option,
      id: match?.id ?? newId(),
      values: option.values.map((v) => ({ ...v, id: valueIds.get(key(v.name.zh)) ?? newId() })),
    };
  });
  const existingVariants = new Map(
    (existing?.variants ?? []).map((v) => [v.valueIds.join('\u0000'), v.id]),
  );
  return {
    variantOptions,
    variants: variants.map(({ values, ...rest }) => {
      const valueIds = values.map(
        (value, d) => variantOptions[d]!.values.find((v) => key(v.name.zh) === key(value))!.id,
      );
      return { id: existingVariants.get(valueIds.join('\u0000')) ?? newId(), valueIds, ...rest };
    }),
  };
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
    priceFen: value.priceVariable && existing ? existing.priceFen : value.priceFen,
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
  // Never put an item on sale at ¥0 because the file priced it at the till.
  if (value.priceVariable && !existing) fields.status = 'off_sale';
  if (value.dailyStock !== undefined) fields.dailyStock = value.dailyStock;
  const availability = availabilityOf(value, existing?.availability);
  if (availability !== undefined) fields.availability = availability;
  if (value.specGroups !== undefined) {
    fields.specGroups = assignSpecIds(value.specGroups, existing?.specGroups ?? [], refs.newId);
  }
  if (value.variantOptions !== undefined && value.variants !== undefined) {
    Object.assign(
      fields,
      assignVariantIds(value.variantOptions, value.variants, existing, refs.newId),
    );
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
    priceFen: fields.priceFen!,
    listPriceFen: fields.listPriceFen ?? null,
    photoIds: [],
    tags: fields.tags ?? [],
    sku: fields.sku ?? null,
    barcode: fields.barcode ?? null,
    status: fields.status ?? 'on_sale',
    soldOutBusinessDate: null,
    dailyStock: fields.dailyStock ?? null,
    specGroups: fields.specGroups ?? [],
    // An item sold one way is stored without them, as items were before variants existed.
    ...(fields.variants?.length
      ? { variantOptions: fields.variantOptions, variants: fields.variants }
      : {}),
    availability: fields.availability ?? null,
    updatedAt: refs.updatedAt,
  };
}

/**
 * Deep equality where null and an absent field are the same (a stored row may lack a nullish
 * field that an import sets to null; both mean "none") and key order does not matter.
 */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b || ((a === null || a === undefined) && (b === null || b === undefined))) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((v, i) => sameData(v, b[i]))
    );
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  for (const key in left) if (!sameData(left[key], right[key])) return false;
  for (const key in right) if (!(key in left) && !sameData(undefined, right[key])) return false;
  return true;
}

function sameField(field: string, next: unknown, current: unknown): boolean {
  // SKUs and barcodes are one code whatever their case (codes.ts); tags are a set.
  if (
    (field === 'sku' || field === 'barcode') &&
    typeof next === 'string' &&
    typeof current === 'string'
  ) {
    return normalizeCode(next) === normalizeCode(current);
  }
  if (field === 'tags' && Array.isArray(next) && Array.isArray(current)) {
    return sameData([...next].sort(), [...current].sort());
  }
  // An item stored before variants existed has none, as one saved with empty lists.
  if (field === 'variantOptions' || field === 'variants')
    return sameData(next ?? [], current ?? []);
  return sameData(next, current);
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
