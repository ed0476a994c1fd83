/**
 * What one imported item says before it is checked against the shop's menu: texts as read from
 * the file, whatever layout it came in. A field left undefined was not in the file, and an update
 * leaves it as it is; an empty string was in the file and empty.
 */
import type { MoneyParseError } from '../../money';
import type { CsvError, CsvErrorCode } from '../../csv/parse';
import type { SpecProblemCode } from '../specs';
import type { VariantProblemCode } from '../variants';

export type ImportField =
  | 'row'
  | 'itemId'
  | 'name'
  | 'nameEn'
  | 'description'
  | 'descriptionEn'
  | 'category'
  | 'categoryEn'
  | 'price'
  | 'listPrice'
  | 'sku'
  | 'barcode'
  | 'tags'
  | 'status'
  | 'dailyStock'
  | 'dayparts'
  | 'weekdays'
  | 'specGroups'
  | 'variants';

export type ImportProblemCode =
  | CsvErrorCode
  | MoneyParseError
  | SpecProblemCode
  | 'name_missing'
  | 'text_too_long'
  | 'sku_invalid'
  | 'barcode_invalid'
  | 'sku_taken'
  | 'barcode_taken'
  | 'duplicate_sku_in_file'
  | 'duplicate_barcode_in_file'
  | 'duplicate_item_in_file'
  | 'status_invalid'
  | 'daily_stock_invalid'
  | 'unknown_daypart'
  | 'weekdays_invalid'
  | 'specs_invalid'
  | 'too_many_tags'
  | 'too_many_options'
  | 'code_scientific'
  | 'spec_missing'
  | 'variants_invalid'
  | VariantProblemCode
  | 'price_variable'
  | 'price_foreign_currency'
  | 'modifier_without_options'
  | 'modifier_from_menu'
  | 'invalid';

export interface ImportProblem {
  field: ImportField;
  code: ImportProblemCode;
  /**
   * Placeholders for the message: the line of a variation, the item holding a code, a name;
   * `value` is the text of the file that could not be read, quoted in the message; `at` is the
   * line of the variant a problem is about, where the row is several lines of the file.
   */
  params?: Record<string, string | number>;
}

export interface DraftSpecOption {
  name: string;
  nameEn?: string;
  /** Yuan, as in the file ("3.00"); the price of a variation less the cheapest one. */
  delta: string;
}

export interface DraftSpecGroup {
  name: string;
  nameEn?: string;
  selection: 'single' | 'multiple';
  required: boolean;
  min: number;
  max: number;
  options: DraftSpecOption[];
}

/** A dimension of an item's variants, as the file names it and its values. */
export interface DraftVariantOption {
  name: string;
  nameEn?: string;
  values: { name: string; nameEn?: string }[];
}

/** One variation of the file: its values (one per dimension, by name), its price and codes. */
export interface DraftVariant {
  /** The file's line this variation came from, to point at (absent in the console's own JSON). */
  line?: number;
  values: string[];
  price: string;
  listPrice?: string;
  sku?: string;
  barcode?: string;
  status?: string;
}

export interface ImportDraft {
  /** The lines of the file this item came from; the first is the one to point at. */
  lines: number[];
  itemId?: string;
  name: string;
  nameEn?: string;
  description?: string;
  descriptionEn?: string;
  category?: string;
  categoryEn?: string;
  categoryHidden?: boolean;
  price: string;
  listPrice?: string;
  sku?: string;
  barcode?: string;
  tags?: string[];
  status?: string;
  dailyStock?: string;
  dayparts?: string[];
  weekdays?: string;
  specGroups?: DraftSpecGroup[];
  /** The item's variants; undefined = not in the file, empty lists = the item has none. */
  variantOptions?: DraftVariantOption[];
  variants?: DraftVariant[];
  /** Problems found while reading the layout (a variation without a price, broken JSON). */
  problems: ImportProblem[];
  /** What the layout read but cannot keep, said on the row; the row is still imported. */
  warnings?: ImportProblem[];
}

/** A broken record of the file, shown in the preview as a row that will be skipped. */
export function brokenRowDraft({ line, code, params, start }: CsvError): ImportDraft {
  // The parser's counts fill the message ("this row has 3 fields, the header 2"); the line's
  // start stands for the name the row could not be read for.
  return { lines: [line], name: start, price: '', problems: [{ field: 'row', code, params }] };
}
