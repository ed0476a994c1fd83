/**
 * From a parsed file to a plan: reads the rows in their layout (or the shop's column mapping),
 * keeps the file's broken records as rows to show, and plans the import.
 */
import { readConsoleRows } from '../csv/console-layout';
import { detectLayout, type ImportLayout } from '../csv/layouts';
import { missingMappedFields, readMappedRows, type ColumnMapping } from '../csv/mapping';
import type { CsvTable } from '../csv/parse';
import { readShopifyRows } from '../csv/shopify';
import { readSquareRows } from '../csv/square';
import type { LocalizedName, Menu } from '../schema';
import { brokenRowDraft, type ImportDraft } from './draft';
import { emptyPlan, planImportFromDrafts, type ImportPlan, type PlanOptions } from './plan';

/** Where the columns come from: a recognised layout, or the shop's mapping for 'unknown'. */
export type ImportSource =
  { layout: Exclude<ImportLayout, 'unknown'> } | { mapping: ColumnMapping };

export interface ReadOptions {
  /** Shop content from the i18n resources: the spec group that Square/Shopify variations go in. */
  variationGroupName: LocalizedName;
}

/** The source a file suggests: its layout when recognised, else a mapping guessed from headers. */
export function readDrafts(
  table: CsvTable,
  source: ImportSource,
  options: ReadOptions,
): ImportDraft[] {
  const drafts =
    'mapping' in source
      ? readMappedRows(table, source.mapping)
      : source.layout === 'console'
        ? readConsoleRows(table)
        : source.layout === 'square'
          ? readSquareRows(table, options.variationGroupName)
          : readShopifyRows(table, options.variationGroupName);
  const broken = table.errors.map((error) => brokenRowDraft(error.line, error.code));
  return [...drafts, ...broken].sort((a, b) => (a.lines[0] ?? 0) - (b.lines[0] ?? 0));
}

export { detectLayout };

/** Plans importing a parsed file into the existing menu. */
export function planImport(
  table: CsvTable,
  source: ImportSource,
  existing: Menu,
  options: PlanOptions & ReadOptions,
): ImportPlan {
  if (table.headers.length === 0) return emptyPlan([{ code: 'empty_file' }]);
  if ('mapping' in source) {
    const missing = missingMappedFields(source.mapping);
    if (missing.length > 0)
      return emptyPlan([{ code: 'columns_missing', params: { fields: missing.join(',') } }]);
  }
  if (table.rows.length === 0 && table.errors.length === 0) return emptyPlan([{ code: 'no_rows' }]);
  return planImportFromDrafts(readDrafts(table, source, options), existing, options);
}
