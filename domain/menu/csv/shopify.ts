/**
 * A Shopify products export: rows grouped by handle; the first row of a handle carries the
 * product (Title, Body (HTML), Type, Tags, Status), every row may carry a variant (Option1..3
 * values, Variant Price, Variant SKU…) or only an image. Both the classic headers ("Handle",
 * "Variant Price") and the 2025 ones ("URL handle", "Price") are read. Images are not fetched.
 */
import type { ImportDraft } from '../import/draft';
import type { LocalizedName } from '../schema';
import { htmlToText } from './html-text';
import { cell, columnOf } from './layouts';
import type { CsvRow, CsvTable } from '../../csv/parse';
import { applyVariations, groupRows, type VariationOption } from './variations';

function shopifyColumns(headers: readonly string[]) {
  const col = (...aliases: string[]) => columnOf(headers, aliases);
  return {
    handle: col('Handle', 'URL handle'),
    title: col('Title'),
    body: col('Body (HTML)', 'Description'),
    type: col('Type'),
    productCategory: col('Product Category'),
    tags: col('Tags'),
    published: col('Published', 'Published on online store'),
    status: col('Status'),
    optionNames: [1, 2, 3].map((n) => col(`Option${n} Name`)),
    optionValues: [1, 2, 3].map((n) => col(`Option${n} Value`)),
    sku: col('Variant SKU', 'SKU'),
    price: col('Variant Price', 'Price'),
    listPrice: col('Variant Compare At Price', 'Compare-at price', 'Compare At Price'),
    barcode: col('Variant Barcode', 'Barcode'),
  };
}
type ShopifyColumns = ReturnType<typeof shopifyColumns>;

function statusOf(first: readonly string[], at: ShopifyColumns): string {
  const status = cell(first, at.status)?.toLowerCase();
  if (status) return status === 'active' ? 'on_sale' : 'off_sale';
  return /^false$/i.test(cell(first, at.published) ?? '') ? 'off_sale' : 'on_sale';
}

/** A variant's option values under the product's option names ("Default Title" is no option). */
function variantOptions(
  fields: readonly string[],
  names: readonly string[],
  at: ShopifyColumns,
): VariationOption[] {
  const options = at.optionValues
    .map((index, i) => ({ name: names[i] ?? '', value: cell(fields, index) ?? '' }))
    .filter((option) => option.value !== '');
  return options.length === 1 && options[0]!.value === 'Default Title' ? [] : options;
}

function isVariantRow(row: CsvRow, at: ShopifyColumns): boolean {
  return !!cell(row.fields, at.price) || at.optionValues.some((index) => !!cell(row.fields, index));
}

export function readShopifyRows(table: CsvTable, variationGroupName: LocalizedName): ImportDraft[] {
  const at = shopifyColumns(table.headers);
  const groups = groupRows(table.rows, (row) => cell(row.fields, at.handle) ?? '');
  return groups.map((rows) => {
    const first = rows[0]!.fields;
    const productType = cell(first, at.type);
    const productCategory = cell(first, at.productCategory)?.split('>').at(-1)?.trim();
    const tags = cell(first, at.tags);
    const draft: ImportDraft = {
      lines: [rows[0]!.line],
      name: cell(first, at.title) ?? '',
      description: at.body === -1 ? undefined : htmlToText(cell(first, at.body) ?? ''),
      category:
        productType ||
        productCategory ||
        (at.type === -1 && at.productCategory === -1 ? undefined : ''),
      price: '',
      tags:
        tags === undefined
          ? undefined
          : tags
              .split(',')
              .map((t) => t.trim())
              .filter(Boolean),
      status: statusOf(first, at),
      problems: [],
    };
    // Shopify names the options on the product's first row only.
    const optionNames = at.optionNames.map((index) => cell(first, index) ?? '');
    const variations = rows
      .filter((row) => isVariantRow(row, at))
      .map(({ line, fields }) => ({
        line,
        options: variantOptions(fields, optionNames, at),
        price: cell(fields, at.price) ?? '',
        listPrice: cell(fields, at.listPrice) || undefined,
        sku: cell(fields, at.sku) || undefined,
        barcode: cell(fields, at.barcode) || undefined,
      }));
    applyVariations(draft, variations, variationGroupName, { as: 'variants' });
    if (variations.every((v) => !v.sku)) draft.sku = at.sku === -1 ? undefined : '';
    if (variations.every((v) => !v.barcode)) draft.barcode = at.barcode === -1 ? undefined : '';
    if (variations.every((v) => !v.listPrice) && at.listPrice !== -1) draft.listPrice ??= '';
    return draft;
  });
}
