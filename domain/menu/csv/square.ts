/**
 * A Square item-library export: one row per variation, the item's name repeated on each
 * ("Item Name", "Variation Name", "SKU", "Price", "Description", "Category" or the newer
 * "Categories"/"Reporting Category", "GTIN", "Archived", "Sellable", "Option Name 1"…).
 */
import type { ImportDraft } from '../import/draft';
import type { LocalizedName } from '../schema';
import { plainDescription } from './html-text';
import { cell, columnOf } from './layouts';
import type { CsvTable } from '../../csv/parse';
import { applyVariations, groupRows } from './variations';

function squareColumns(headers: readonly string[]) {
  const col = (...aliases: string[]) => columnOf(headers, aliases);
  return {
    name: col('Item Name'),
    variation: col('Variation Name'),
    sku: col('SKU'),
    price: col('Price'),
    description: col('Description'),
    category: col('Reporting Category', 'Category', 'Categories'),
    gtin: col('GTIN'),
    archived: col('Archived'),
    sellable: col('Sellable'),
    optionNames: [1, 2, 3].map((n) => col(`Option Name ${n}`)),
    optionValues: [1, 2, 3].map((n) => col(`Option Value ${n}`)),
  };
}
type SquareColumns = ReturnType<typeof squareColumns>;

/** A variation's options: its option values, or its own name when the file has no options. */
function optionsOf(fields: readonly string[], at: SquareColumns) {
  const options = at.optionValues
    .map((valueAt, i) => ({
      name: cell(fields, at.optionNames[i]!) ?? '',
      value: cell(fields, valueAt) ?? '',
    }))
    .filter((option) => option.value !== '');
  if (options.length > 0) return options;
  return [{ name: '', value: cell(fields, at.variation) || cell(fields, at.name) || '' }];
}

const isYes = (text: string | undefined) => /^(y|yes|true)$/i.test(text ?? '');
const isNo = (text: string | undefined) => /^(n|no|false)$/i.test(text ?? '');

export function readSquareRows(table: CsvTable, variationGroupName: LocalizedName): ImportDraft[] {
  const at = squareColumns(table.headers);
  const groups = groupRows(table.rows, (row) => (cell(row.fields, at.name) ?? '').toLowerCase());
  return groups.map((rows) => {
    const first = rows[0]!.fields;
    const get = (index: number) => cell(first, index);
    const offSale = isYes(get(at.archived)) || isNo(get(at.sellable));
    // "Categories" may list several, comma-separated: the first is the item's place on the menu.
    const category = get(at.category)?.split(',')[0]?.trim();
    const draft: ImportDraft = {
      lines: [rows[0]!.line],
      name: get(at.name) ?? '',
      description: plainDescription(get(at.description)),
      category,
      price: '',
      status: offSale ? 'off_sale' : 'on_sale',
      problems: [],
    };
    const variations = rows.map(({ line, fields }) => ({
      line,
      options: optionsOf(fields, at),
      price: cell(fields, at.price) ?? '',
      sku: cell(fields, at.sku) || undefined,
      barcode: cell(fields, at.gtin) || undefined,
    }));
    applyVariations(draft, variations, variationGroupName, { as: 'variants' });
    if (variations.every((v) => !v.sku)) draft.sku = at.sku === -1 ? undefined : '';
    if (variations.every((v) => !v.barcode)) draft.barcode = at.gtin === -1 ? undefined : '';
    return draft;
  });
}
