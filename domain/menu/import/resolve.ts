/**
 * Checks one imported item's texts and turns them into stored values (fen, ids of dayparts,
 * spec groups), collecting every problem with the field it belongs to. Nothing here looks at
 * which existing item the row will update; plan.ts does that.
 */
import { parseYuanToFen } from '../../money';
import { barcodeSchema, skuSchema, type SpecGroup } from '../schema';
import { validateSpecGroups } from '../specs';
import { importPriceText } from '../csv/variations';
import type { DraftSpecGroup, ImportDraft, ImportField, ImportProblem } from './draft';

/** The values of a row; undefined = not in the file (an update keeps what the item has). */
export interface ResolvedDraft {
  itemId?: string;
  nameZh: string;
  nameEn?: string | null;
  descriptionZh?: string | null;
  descriptionEn?: string | null;
  category?: { zh: string; en?: string | null; hidden?: boolean };
  priceFen: number;
  listPriceFen?: number | null;
  sku?: string | null;
  barcode?: string | null;
  tagNames?: string[];
  status?: 'on_sale' | 'off_sale';
  dailyStock?: number | null;
  daypartIds?: string[];
  weekdays?: number[];
  /** Spec groups with empty ids; plan.ts gives them the ids of matching groups, or new ones. */
  specGroups?: SpecGroup[];
}

const MAX_NAME = 80;
const MAX_TEXT = 2000;
const MAX_TAGS = 20;
const MAX_SPEC_GROUPS = 20;
const MAX_OPTIONS = 50;

const ON_SALE = ['on_sale', '上架', '在售', '销售中', 'active', 'true', 'yes', 'y', '1'];
const OFF_SALE = [
  'off_sale',
  '下架',
  '停售',
  '已下架',
  'draft',
  'archived',
  'false',
  'no',
  'n',
  '0',
];

type Problems = ImportProblem[];

function text(value: string | undefined, field: ImportField, max: number, problems: Problems) {
  if (value === undefined) return undefined;
  if (value.length > max) problems.push({ field, code: 'text_too_long', params: { max } });
  return value === '' ? null : value;
}

function money(
  value: string | undefined,
  field: ImportField,
  problems: Problems,
): number | null | undefined {
  if (value === undefined) return undefined;
  if (value === '' && field !== 'price') return null;
  const parsed = parseYuanToFen(importPriceText(value));
  if (parsed.ok) return parsed.fen;
  problems.push({ field, code: parsed.error });
  return undefined;
}

function code(
  value: string | undefined,
  field: 'sku' | 'barcode',
  problems: Problems,
): string | null | undefined {
  if (value === undefined || value === '') return value === '' ? null : undefined;
  const ok = (field === 'sku' ? skuSchema : barcodeSchema).safeParse(value).success;
  if (!ok) problems.push({ field, code: field === 'sku' ? 'sku_invalid' : 'barcode_invalid' });
  return value;
}

function status(value: string | undefined, problems: Problems): 'on_sale' | 'off_sale' | undefined {
  if (value === undefined || value === '') return undefined;
  const word = value.toLowerCase();
  if (ON_SALE.includes(word)) return 'on_sale';
  if (OFF_SALE.includes(word)) return 'off_sale';
  problems.push({ field: 'status', code: 'status_invalid' });
  return undefined;
}

function dailyStock(value: string | undefined, problems: Problems): number | null | undefined {
  if (value === undefined || value === '') return value === '' ? null : undefined;
  if (/^\d{1,7}$/.test(value) && Number(value) <= 1_000_000) return Number(value);
  problems.push({ field: 'dailyStock', code: 'daily_stock_invalid' });
  return undefined;
}

function weekdays(value: string | undefined, problems: Problems): number[] | undefined {
  if (value === undefined) return undefined;
  const parts = value.split(/[|,，、\s]+/).filter(Boolean);
  if (parts.every((p) => /^[1-7]$/.test(p)))
    return [...new Set(parts.map(Number))].sort((a, b) => a - b);
  problems.push({ field: 'weekdays', code: 'weekdays_invalid' });
  return undefined;
}

function daypartIds(
  names: string[] | undefined,
  daypartsByName: ReadonlyMap<string, string>,
  problems: Problems,
) {
  if (names === undefined) return undefined;
  const ids: string[] = [];
  for (const name of names) {
    const id = daypartsByName.get(name.toLowerCase());
    if (id) ids.push(id);
    else problems.push({ field: 'dayparts', code: 'unknown_daypart', params: { name } });
  }
  return ids;
}

function specGroups(
  drafts: DraftSpecGroup[] | undefined,
  basePriceFen: number,
  problems: Problems,
) {
  if (drafts === undefined) return undefined;
  if (drafts.length > MAX_SPEC_GROUPS || drafts.some((g) => g.options.length > MAX_OPTIONS)) {
    problems.push({ field: 'specGroups', code: 'too_many_options' });
    return undefined;
  }
  const before = problems.length;
  const groups: SpecGroup[] = drafts.map((g, groupIndex) => ({
    id: '',
    name: { zh: g.name, en: g.nameEn || null },
    selection: g.selection,
    required: g.required,
    min: g.min,
    max: g.max,
    options: g.options.map((o) => {
      const delta = parseYuanToFen(o.delta, { allowNegative: true });
      if (!delta.ok)
        problems.push({
          field: 'specGroups',
          code: delta.error,
          params: { group: groupIndex + 1 },
        });
      return {
        id: '',
        name: { zh: o.name, en: o.nameEn || null },
        priceDeltaFen: delta.ok ? delta.fen : 0,
      };
    }),
  }));
  const badPicks = (g: SpecGroup) =>
    !Number.isInteger(g.min) ||
    !Number.isInteger(g.max) ||
    g.min < 0 ||
    g.max < 1 ||
    g.max > MAX_OPTIONS;
  if (groups.some((g) => !g.name.zh || g.options.some((o) => !o.name.zh) || badPicks(g))) {
    problems.push({ field: 'specGroups', code: 'specs_invalid' });
  }
  if (problems.length > before) return undefined;
  for (const problem of validateSpecGroups(groups, { basePriceFen })) {
    const group = typeof problem.path[1] === 'number' ? problem.path[1] + 1 : 0;
    problems.push({ field: 'specGroups', code: problem.code, params: { group } });
  }
  return groups;
}

export interface ResolveContext {
  /** Daypart ids by lower-case zh or en name. */
  daypartsByName: ReadonlyMap<string, string>;
}

export function resolveDraft(
  draft: ImportDraft,
  context: ResolveContext,
): { value: ResolvedDraft; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [...draft.problems];
  if (!draft.name) problems.push({ field: 'name', code: 'name_missing' });
  if (draft.name.length > MAX_NAME)
    problems.push({ field: 'name', code: 'text_too_long', params: { max: MAX_NAME } });
  const priceFen = money(draft.price, 'price', problems) ?? 0;
  const category = text(draft.category, 'category', MAX_NAME, problems);
  if ((draft.tags?.length ?? 0) > MAX_TAGS) problems.push({ field: 'tags', code: 'too_many_tags' });
  const value: ResolvedDraft = {
    itemId: draft.itemId,
    nameZh: draft.name,
    nameEn: text(draft.nameEn, 'nameEn', MAX_NAME, problems),
    descriptionZh: text(draft.description, 'description', MAX_TEXT, problems),
    descriptionEn: text(draft.descriptionEn, 'descriptionEn', MAX_TEXT, problems),
    category: category
      ? { zh: category, en: draft.categoryEn || null, hidden: draft.categoryHidden }
      : undefined,
    priceFen,
    listPriceFen: money(draft.listPrice, 'listPrice', problems),
    sku: code(draft.sku, 'sku', problems),
    barcode: code(draft.barcode, 'barcode', problems),
    tagNames: draft.tags,
    status: status(draft.status, problems),
    dailyStock: dailyStock(draft.dailyStock, problems),
    daypartIds: daypartIds(draft.dayparts, context.daypartsByName, problems),
    weekdays: weekdays(draft.weekdays, problems),
    specGroups: specGroups(draft.specGroups, priceFen, problems),
  };
  return { value, problems };
}
