/**
 * The offer editor's values and the offer they become. Money is typed in yuan and becomes fen;
 * the sale window is typed as business dates and becomes instants at the shop's business-day
 * start in its zone (the sale ends when the day after the last date starts), never the
 * computer's. Everything goes through the domain's own schema before anything is saved; what it
 * refuses comes back as problems named by the form's field.
 */
import { newId } from '@domain/ids';
import type { ShopClock } from '@domain/menu/shop-clock';
import { fenToYuanInput, parseYuanToFen } from '@domain/money';
import {
  offerSchema,
  type Offer,
  type OfferKind,
  type OfferLine,
  type UsageRules,
} from '@domain/offers/schema';
import { addCalendarDays, businessDate, businessDayStart, parseCalendarDate } from '@domain/time';
import {
  parseWith,
  type FieldName,
  type FieldProblem,
  type Parsed,
} from '../components/form-values';

export interface OfferLineValues {
  kind: OfferLine['kind'];
  itemId?: string;
  quantity?: number;
  textZh?: string;
  textEn?: string;
}

export interface OfferValues {
  kind: OfferKind;
  titleZh: string;
  titleEn: string;
  descriptionZh: string;
  descriptionEn: string;
  lines: OfferLineValues[];
  price: string;
  originalPrice: string;
  groupSize: number;
  groupHours: number;
  stock: number | null;
  perCustomerLimit: number | null;
  usesPerVoucher: number;
  saleFrom: string;
  saleUntil: string;
  validityKind: 'afterPurchase' | 'fixed';
  validDays: number;
  validFrom: string;
  validUntil: string;
  weekdays: number[];
  daypartIds: string[];
  excludedDates: string[];
  usesPerVisit: number;
  combinable: boolean;
  bookingRequired: boolean;
  refundBeforeUse: boolean;
  autoRefundExpired: boolean;
}

/** The refinements' messages in the editor's words (editor.errors.<key>). */
const known: Record<string, string> = {
  original_below_price: 'originalBelowPrice',
  sale_window: 'saleWindow',
  limit_over_stock: 'limitOverStock',
  until_before_from: 'validityOrder',
  date: 'date',
  'validation.time.date': 'date',
};

/** A new offer's values: a plain deal on sale from today, valid 30 days, refundable. */
export function newOfferValues(today: string): OfferValues {
  return {
    kind: 'deal',
    titleZh: '',
    titleEn: '',
    descriptionZh: '',
    descriptionEn: '',
    lines: [{ kind: 'text', textZh: '', textEn: '' }],
    price: '',
    originalPrice: '',
    groupSize: 1,
    groupHours: 24,
    stock: null,
    perCustomerLimit: null,
    usesPerVoucher: 1,
    saleFrom: today,
    saleUntil: '',
    validityKind: 'afterPurchase',
    validDays: 30,
    validFrom: today,
    validUntil: addCalendarDays(today, 30),
    weekdays: [],
    daypartIds: [],
    excludedDates: [],
    usesPerVisit: 1,
    combinable: false,
    bookingRequired: false,
    refundBeforeUse: true,
    autoRefundExpired: true,
  };
}

/** An offer's values as the editor shows them, its sale window as the shop's business dates. */
export function offerValues(offer: Offer, clock: ShopClock): OfferValues {
  const day = (at: number) => businessDate(at, clock.timeZone, clock.cutoffMinutes);
  const usage: UsageRules = offer.usage;
  return {
    kind: offer.kind,
    titleZh: offer.title.zh,
    titleEn: offer.title.en ?? '',
    descriptionZh: offer.description.zh ?? '',
    descriptionEn: offer.description.en ?? '',
    lines: offer.lines.map((line) =>
      line.kind === 'item'
        ? { kind: 'item', itemId: line.itemId, quantity: line.quantity }
        : { kind: 'text', textZh: line.text.zh, textEn: line.text.en ?? '' },
    ),
    price: fenToYuanInput(offer.priceFen),
    originalPrice: fenToYuanInput(offer.originalPriceFen),
    groupSize: offer.groupSize,
    groupHours: offer.groupHours,
    stock: offer.stock,
    perCustomerLimit: offer.perCustomerLimit,
    usesPerVoucher: offer.usesPerVoucher,
    saleFrom: day(offer.saleFrom),
    // The sale ends as the day after its last date starts.
    saleUntil: offer.saleUntil === null ? '' : day(offer.saleUntil - 1),
    validityKind: offer.validity.kind,
    validDays: offer.validity.kind === 'afterPurchase' ? offer.validity.days : 30,
    validFrom: offer.validity.kind === 'fixed' ? offer.validity.from : day(offer.saleFrom),
    validUntil:
      offer.validity.kind === 'fixed'
        ? offer.validity.until
        : addCalendarDays(day(offer.saleFrom), 30),
    weekdays: usage.weekdays,
    daypartIds: usage.daypartIds,
    excludedDates: usage.excludedDates,
    usesPerVisit: usage.usesPerVisit,
    combinable: usage.combinable,
    bookingRequired: usage.bookingRequired,
    refundBeforeUse: offer.refund.beforeUse,
    autoRefundExpired: offer.refund.autoRefundExpired,
  };
}

const text = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/** A typed date, or a problem at its field. */
function dateAt(
  value: string,
  clock: ShopClock,
  name: FieldName,
  problems: FieldProblem[],
): number | null {
  if (!parseCalendarDate(value.trim())) {
    problems.push({ name, problem: 'date' });
    return null;
  }
  return businessDayStart(value.trim(), clock.timeZone, clock.cutoffMinutes);
}

/** The row names of the schema's paths, as the form's fields. */
function fieldOf(path: FieldName): FieldName {
  const [head, second, third] = path;
  if (head === 'title') return [second === 'en' ? 'titleEn' : 'titleZh'];
  if (head === 'description') return [second === 'en' ? 'descriptionEn' : 'descriptionZh'];
  if (head === 'priceFen') return ['price'];
  if (head === 'originalPriceFen') return ['originalPrice'];
  if (head === 'lines' && typeof second === 'number') {
    if (third === 'text') return ['lines', second, path[4] === 'en' ? 'textEn' : 'textZh'];
    return ['lines', second, third === 'quantity' ? 'quantity' : 'itemId'];
  }
  if (head === 'lines') return ['lines'];
  if (head === 'validity') {
    if (second === 'days') return ['validDays'];
    return [second === 'until' || path.length === 1 ? 'validUntil' : 'validFrom'];
  }
  if (head === 'usage' && second !== undefined) return [second];
  if (head === 'refund') return [second === 'beforeUse' ? 'refundBeforeUse' : 'autoRefundExpired'];
  if (path.length === 0) return [];
  return [head!];
}

/** Where a whole-offer refinement is shown: at the field the shop would change. */
const refinementField: Record<string, FieldName> = {
  originalBelowPrice: ['originalPrice'],
  saleWindow: ['saleUntil'],
  limitOverStock: ['perCustomerLimit'],
};

/**
 * The offer the values describe. `base` carries what the form does not edit: the id, status,
 * when it first went on sale, the photos and when it was made.
 */
export function offerFromValues(
  values: OfferValues,
  base: Pick<Offer, 'id' | 'status' | 'firstOnSaleAt' | 'createdAt' | 'photoHashes'>,
  clock: ShopClock,
  now: number,
): Parsed<Offer> {
  const problems: FieldProblem[] = [];
  const price = parseYuanToFen(values.price ?? '');
  if (!price.ok) problems.push({ name: ['price'], problem: `money.${price.error}` });
  const original = values.originalPrice?.trim() ? parseYuanToFen(values.originalPrice) : price;
  if (!original.ok) {
    problems.push({ name: ['originalPrice'], problem: `money.${original.error}` });
  }
  const saleFrom = dateAt(values.saleFrom ?? '', clock, ['saleFrom'], problems);
  const saleUntilDate = values.saleUntil?.trim() ?? '';
  const saleUntil = saleUntilDate
    ? dateAt(addCalendarDaysSafe(saleUntilDate), clock, ['saleUntil'], problems)
    : null;
  const lines = (values.lines ?? []).map((line, index): unknown => {
    if (line.kind === 'item') {
      if (!line.itemId) problems.push({ name: ['lines', index, 'itemId'], problem: 'lineItem' });
      return { kind: 'item', itemId: line.itemId ?? '', quantity: line.quantity ?? 1 };
    }
    return { kind: 'text', text: { zh: line.textZh ?? '', en: text(line.textEn) } };
  });
  const row = {
    ...base,
    kind: values.kind,
    title: { zh: values.titleZh ?? '', en: text(values.titleEn) },
    description: { zh: text(values.descriptionZh), en: text(values.descriptionEn) },
    lines,
    priceFen: price.ok ? price.fen : 1,
    originalPriceFen: original.ok ? original.fen : price.ok ? price.fen : 1,
    groupSize: values.kind === 'visitCard' ? 1 : values.groupSize,
    groupHours: values.groupHours,
    stock: values.stock ?? null,
    perCustomerLimit: values.perCustomerLimit ?? null,
    usesPerVoucher: values.usesPerVoucher,
    saleFrom: saleFrom ?? 0,
    saleUntil,
    validity:
      values.validityKind === 'fixed'
        ? { kind: 'fixed', from: values.validFrom?.trim(), until: values.validUntil?.trim() }
        : { kind: 'afterPurchase', days: values.validDays },
    usage: {
      weekdays: [...(values.weekdays ?? [])].sort(),
      daypartIds: values.daypartIds ?? [],
      excludedDates: [...new Set((values.excludedDates ?? []).map((date) => date.trim()))].sort(),
      usesPerVisit: values.usesPerVisit,
      combinable: values.combinable,
      bookingRequired: values.bookingRequired,
    },
    refund: { beforeUse: values.refundBeforeUse, autoRefundExpired: values.autoRefundExpired },
    updatedAt: now,
  };
  const parsed = parseWith(offerSchema, row, { rename: fieldOf, extra: problems, known });
  if (parsed.ok) return parsed;
  // Problems the form found itself stand; a schema complaint about the same field adds nothing.
  const seen = new Set<string>();
  const placed = parsed.problems.flatMap((problem) => {
    const name = problem.name.length > 0 ? problem.name : (refinementField[problem.problem] ?? []);
    const key = JSON.stringify(name);
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ ...problem, name }];
  });
  return { ok: false, problems: placed };
}

/** The day after a typed date, or the text itself when it is not a date (dateAt reports it). */
function addCalendarDaysSafe(date: string): string {
  return parseCalendarDate(date.trim()) ? addCalendarDays(date.trim(), 1) : date;
}

/** A new draft's id and bookkeeping. */
export const newOfferBase = (now: number) => ({
  id: newId(),
  status: 'draft' as const,
  firstOnSaleAt: null,
  createdAt: now,
  photoHashes: [],
});
