/**
 * From a parsed file to a plan: reads the rows in their layout (or the shop's column mapping),
 * keeps the file's broken records as rows to show, and plans the import.
 */
import { readConsoleRows } from '../csv/console-layout';
import { detectLayout, type ImportLayout } from '../csv/layouts';
import { missingMappedFields, readMappedRows, type ColumnMapping } from '../csv/mapping';
import type { CsvTable } from '../../csv/parse';
import { readLoyverseRows } from '../csv/loyverse';
import { readShopifyRows } from '../csv/shopify';
import { readSquareRows } from '../csv/square';
import type { LocalizedName, Menu } from '../schema';
import { brokenRowDraft, type ImportDraft } from './draft';
import { fileWarningsOf } from './file-warnings';
import {
  createImportPlanner,
  emptyPlan,
  planImportFromDrafts,
  type ImportPlan,
  type PlanOptions,
} from './plan';

/** Where the columns come from: a recognised layout, or the shop's mapping for 'unknown'. */
export type ImportSource =
  { layout: Exclude<ImportLayout, 'unknown'> } | { mapping: ColumnMapping };

export interface ReadOptions {
  /** Shop content from the i18n resources: the spec group that Square/Shopify variations go in. */
  variationGroupName: LocalizedName;
}

function readLayout(
  table: CsvTable,
  layout: Exclude<ImportLayout, 'unknown'>,
  { variationGroupName }: ReadOptions,
): ImportDraft[] {
  if (layout === 'console') return readConsoleRows(table);
  if (layout === 'square') return readSquareRows(table, variationGroupName);
  if (layout === 'loyverse') return readLoyverseRows(table, variationGroupName);
  return readShopifyRows(table, variationGroupName);
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
      : readLayout(table, source.layout, options);
  const broken = table.errors.map(brokenRowDraft);
  return [...drafts, ...broken].sort((a, b) => (a.lines[0] ?? 0) - (b.lines[0] ?? 0));
}

export { detectLayout };

/** Why a file cannot be planned at all (empty, only headers, a mapping without name or price). */
function fileErrorsOf(table: CsvTable, source: ImportSource): ImportPlan['fileErrors'] {
  if (table.headers.length === 0) return [{ code: 'empty_file' }];
  if ('mapping' in source) {
    const missing = missingMappedFields(source.mapping);
    if (missing.length > 0)
      return [{ code: 'columns_missing', params: { fields: missing.join(',') } }];
  }
  if (table.rows.length === 0 && table.errors.length === 0) return [{ code: 'no_rows' }];
  return [];
}

const withFileWarnings = (plan: ImportPlan, table: CsvTable, source: ImportSource) => ({
  ...plan,
  fileWarnings: [...fileWarningsOf(table, source, plan), ...plan.fileWarnings],
});

/** Plans importing a parsed file into the existing menu. */
export function planImport(
  table: CsvTable,
  source: ImportSource,
  existing: Menu,
  options: PlanOptions & ReadOptions,
): ImportPlan {
  const fileErrors = fileErrorsOf(table, source);
  if (fileErrors.length > 0) return emptyPlan(fileErrors);
  return withFileWarnings(
    planImportFromDrafts(readDrafts(table, source, options), existing, options),
    table,
    source,
  );
}

/**
 * The same plan, built in slices of about `sliceMs` with `pause()` between them and progress
 * reported as rows done of rows in all, so a 10,000-row preview never freezes the window.
 */
export async function planImportInSlices(
  table: CsvTable,
  source: ImportSource,
  existing: Menu,
  options: PlanOptions &
    ReadOptions & {
      sliceMs?: number;
      pause?: () => Promise<void>;
      onProgress?: (done: number, total: number) => void;
    },
): Promise<ImportPlan> {
  const fileErrors = fileErrorsOf(table, source);
  if (fileErrors.length > 0) return emptyPlan(fileErrors);
  const pause = options.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const drafts = readDrafts(table, source, options);
  const planner = createImportPlanner(existing, options);
  let sliceStarted = performance.now();
  for (const [index, draft] of drafts.entries()) {
    planner.add(draft);
    if (performance.now() - sliceStarted > (options.sliceMs ?? 8)) {
      options.onProgress?.(index + 1, drafts.length);
      await pause();
      sliceStarted = performance.now();
    }
  }
  options.onProgress?.(drafts.length, drafts.length);
  return withFileWarnings(planner.finish(), table, source);
}
