/**
 * Reads an imported file and plans the import, without writing anything: decode (UTF-8 with or
 * without BOM, UTF-16, GBK/GB18030), parse, recognise the layout (or use the shop's column
 * mapping) and plan against the menu as it is. Pure, so it runs in a worker or, failing that, here.
 */
import { decodeCsvBytes, type CsvEncoding } from '@domain/csv/decode';
import { detectLayout, type ImportLayout } from '@domain/menu/csv/layouts';
import { suggestMapping } from '@domain/menu/csv/mapping';
import { parseCsv, type CsvDelimiter } from '@domain/csv/parse';
import { notCsvKind, type NotCsvKind } from '@domain/csv/sniff';
import { emptyPlan, type ImportMode, type ImportPlan } from '@domain/menu/import/plan';
import { planImport, type ImportSource } from '@domain/menu/import/read';
import type { LocalizedName, Menu } from '@domain/menu/schema';
import { newId } from '@domain/ids';

export interface ImportRequest {
  bytes: ArrayBuffer;
  /** null: recognise the layout, or guess a mapping from the headers. */
  source: ImportSource | null;
  menu: Menu;
  mode: ImportMode;
  variationGroupName: LocalizedName;
  defaultCategoryName: LocalizedName;
  updatedAt: number;
}

export interface ImportAnalysis {
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
  headers: string[];
  layout: ImportLayout;
  source: ImportSource;
  plan: ImportPlan;
  /** Set when the file is a photo, a PDF, a workbook or other bytes that are not text. */
  notCsv: NotCsvKind | null;
}

export type ImportPhase = 'reading' | 'parsing' | 'checking' | 'writing';

export function analyzeImport(
  request: ImportRequest,
  onPhase: (phase: ImportPhase) => void = () => {},
): ImportAnalysis {
  onPhase('reading');
  const bytes = new Uint8Array(request.bytes);
  const { text, encoding } = decodeCsvBytes(bytes);
  const notCsv = notCsvKind(bytes, text);
  if (notCsv) {
    const source = { mapping: {} };
    return {
      encoding,
      delimiter: ',',
      headers: [],
      layout: 'unknown',
      source,
      plan: emptyPlan(),
      notCsv,
    };
  }
  onPhase('parsing');
  const table = parseCsv(text);
  const layout = detectLayout(table.headers);
  const source: ImportSource =
    request.source ??
    (layout === 'unknown' ? { mapping: suggestMapping(table.headers) } : { layout });
  onPhase('checking');
  const plan = planImport(table, source, request.menu, {
    mode: request.mode,
    newId,
    updatedAt: request.updatedAt,
    variationGroupName: request.variationGroupName,
    defaultCategoryName: request.defaultCategoryName,
  });
  const { delimiter, headers } = table;
  return { encoding, delimiter, headers, layout, source, plan, notCsv: null };
}
