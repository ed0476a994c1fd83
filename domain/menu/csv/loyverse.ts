/**
 * A Loyverse item export: rows grouped by Handle, one row per variant (Option 1–3 name/value),
 * each store's columns named after it ("Price [Main St]", "Available for sale [Main St]",
 * "In stock [Main St]"), and one Y/N column per modifier ('Modifier - "Toppings"') and tax
 * ('Tax - "VAT" (10%)'). Prices and availability come from the first store in the file.
 */
import type { ImportDraft, ImportProblem } from '../import/draft';
import type { LocalizedName } from '../schema';
import { plainDescription } from './html-text';
import { cell, columnOf } from './layouts';
import type { CsvTable } from '../../csv/parse';
import { applyVariations, groupRows } from './variations';

const PRICE = /^price \[(.+)\]$/i;
const MODIFIER = /^modifier - "(.+)"$/i;

function loyverseColumns(headers: readonly string[]) {
  const col = (...aliases: string[]) => columnOf(headers, aliases);
  const matching = (pattern: RegExp) =>
    headers.flatMap((h, index) => (pattern.test(h.trim()) ? [index] : []));
  const price = matching(PRICE)[0] ?? -1;
  const store = PRICE.exec(headers[price]?.trim() ?? '')?.[1] ?? '';
  return {
    handle: col('Handle'),
    sku: col('SKU'),
    name: col('Name'),
    category: col('Category'),
    description: col('Description'),
    barcode: col('Barcode'),
    optionNames: [1, 2, 3].map((n) => col(`Option ${n} name`)),
    optionValues: [1, 2, 3].map((n) => col(`Option ${n} value`)),
    price,
    available: col(`Available for sale [${store}]`),
    modifiers: matching(MODIFIER).map((index) => ({
      index,
      name: MODIFIER.exec(headers[index]!.trim())![1]!,
    })),
  };
}
type LoyverseColumns = ReturnType<typeof loyverseColumns>;

const isYes = (text: string | undefined) => /^(y|yes|true|1)$/i.test(text ?? '');

/** The columns the console has no place for, so the preview can name them. */
export function loyverseUnreadColumns(headers: readonly string[]): string[] {
  const at = loyverseColumns(headers);
  const read = new Set(
    [
      at.handle,
      at.sku,
      at.name,
      at.category,
      at.description,
      at.barcode,
      at.price,
      at.available,
      ...at.optionNames,
      ...at.optionValues,
      ...at.modifiers.map((m) => m.index),
    ].filter((index) => index !== -1),
  );
  return headers.filter((header, index) => !read.has(index) && header.trim() !== '');
}

/** A modifier the item uses: its options and prices are not in the item export. */
function modifierWarnings(fields: readonly string[], at: LoyverseColumns): ImportProblem[] {
  return at.modifiers
    .filter((modifier) => isYes(cell(fields, modifier.index)))
    .map((modifier) => ({
      field: 'specGroups',
      code: 'modifier_without_options',
      params: { name: modifier.name },
    }));
}

function optionsOf(fields: readonly string[], at: LoyverseColumns) {
  return at.optionNames
    .map((nameAt, i) => ({
      name: cell(fields, nameAt) ?? '',
      value: cell(fields, at.optionValues[i]!) ?? '',
    }))
    .filter((option) => option.value !== '');
}

export function readLoyverseRows(
  table: CsvTable,
  variationGroupName: LocalizedName,
): ImportDraft[] {
  const at = loyverseColumns(table.headers);
  const groups = groupRows(table.rows, (row) => cell(row.fields, at.handle) || `@${row.line}`);
  return groups.map((rows) => {
    const first = rows.find((row) => cell(row.fields, at.name))?.fields ?? rows[0]!.fields;
    const get = (index: number) => cell(first, index);
    const onSale = at.available === -1 || rows.some((row) => isYes(cell(row.fields, at.available)));
    const draft: ImportDraft = {
      lines: [rows[0]!.line],
      name: get(at.name) ?? '',
      description: plainDescription(get(at.description)),
      category: get(at.category),
      price: '',
      status: onSale ? 'on_sale' : 'off_sale',
      problems: [],
      warnings: modifierWarnings(first, at),
    };
    const variations = rows.map(({ line, fields }) => ({
      line,
      options: optionsOf(fields, at),
      price: cell(fields, at.price) ?? '',
      sku: cell(fields, at.sku) || undefined,
      barcode: cell(fields, at.barcode) || undefined,
      status:
        at.available === -1
          ? undefined
          : isYes(cell(fields, at.available))
            ? 'on_sale'
            : 'off_sale',
    }));
    applyVariations(draft, variations, variationGroupName, { as: 'variants' });
    // The item is on sale when any of its variations is; each variant says its own.
    draft.status = onSale ? 'on_sale' : 'off_sale';
    if (variations.every((v) => !v.sku)) draft.sku = at.sku === -1 ? undefined : '';
    if (variations.every((v) => !v.barcode)) draft.barcode = at.barcode === -1 ? undefined : '';
    return draft;
  });
}
