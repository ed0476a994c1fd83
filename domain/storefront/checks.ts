/**
 * Checks before publishing: what is wrong with a document given what the console knows of the
 * shop — its offers, the menu's dayparts, categories and items, the booking services, which
 * photos are on hand, and the time. Each problem names its block (or null: the theme or the page
 * as a whole), a code the console words (storefront:checks.<code>, with `values` interpolated)
 * and a severity: errors block publishing, warnings are shown and may be published over.
 *
 * The rules: a block that would show nothing is an error (a notice or text without Chinese, a
 * gallery without photos, a banner without an image, a menu / offers / booking block whose chosen
 * entries are all gone); a photo that is not on hand is an error (customers would see a broken
 * image); a banner linking to a block not on the page is an error; a block whose visibility can
 * never hold (until before from, weekends only within dates that are all weekdays, only deleted
 * dayparts) is an error. Some chosen entries deleted,
 * offers that ended or are not on sale, a date range already past, English missing beside
 * Chinese and a banner image without a description are warnings. Theme colours that fail contrast
 * (text on background under 4.5, the button's label — the background colour — on the primary
 * colour under 3) are errors.
 */
import type { Offer } from '../offers/schema';
import { offerDisplayStatus } from '../offers/offer-terms';
import { addCalendarDays, weekdayOfDate } from '../time';
import { BODY_TEXT_CONTRAST, LARGE_TEXT_CONTRAST, contrastRatio } from './contrast';
import type { Block, PageText, StorefrontDocument, Visibility } from './schema';

export const problemCodes = [
  'page_empty',
  'notice_empty',
  'text_empty',
  'gallery_empty',
  'banner_no_image',
  'menu_names_nothing',
  'offers_names_nothing',
  'booking_names_nothing',
  'image_missing',
  'offer_missing',
  'offer_ended',
  'offer_sale_over',
  'offer_not_on_sale',
  'category_missing',
  'item_missing',
  'service_missing',
  'daypart_missing',
  'banner_target_missing',
  'visibility_dates_reversed',
  'visibility_days_outside_dates',
  'visibility_dayparts_deleted',
  'visibility_past',
  'english_missing',
  'banner_alt_missing',
  'contrast_text',
  'contrast_button',
] as const;
export type ProblemCode = (typeof problemCodes)[number];

export type Severity = 'error' | 'warning';

export interface Problem {
  /** The block the problem is at, or null for the theme or the page as a whole. */
  blockId: string | null;
  code: ProblemCode;
  severity: Severity;
  values: Record<string, string | number>;
}

/** Where a photo is used, for the text of a missing one (storefront:checks.where.<…>). */
export type ImagePlace = 'logo' | 'cover' | 'gallery' | 'banner';

/** The fields of shop-written text a block has (storefront:checks.fields.<…>). */
export type TextField = 'text' | 'body' | 'title' | 'alt' | 'headline' | 'caption';

export interface CheckContext {
  offers: readonly Pick<Offer, 'id' | 'title' | 'status' | 'saleFrom' | 'saleUntil' | 'stock'>[];
  dayparts: readonly { id: string }[];
  categories: readonly { id: string }[];
  items: readonly { id: string }[];
  /** Archived services are not offered to customers: they count as gone. */
  services: readonly { id: string; archived?: boolean }[];
  /** Content hashes of the photos known to be uploaded or present. */
  images: ReadonlySet<string>;
  /** Epoch ms. */
  now: number;
  /** The shop's business date now ('YYYY-MM-DD'), when known: a date range already past is said. */
  today?: string;
}

const hasText = (text: PageText) => text.zh.trim().length > 0;
const englishMissing = (text: PageText) => hasText(text) && text.en.trim().length === 0;

/** A photo's name for the shop: the start of its hash, enough to tell two apart. */
const shortHash = (hash: string) => hash.slice(0, 8);

class Findings {
  readonly list: Problem[] = [];
  constructor(readonly blockId: string | null) {}
  error(code: ProblemCode, values: Problem['values'] = {}) {
    this.list.push({ blockId: this.blockId, code, severity: 'error', values });
  }
  warning(code: ProblemCode, values: Problem['values'] = {}) {
    this.list.push({ blockId: this.blockId, code, severity: 'warning', values });
  }
}

function textProblems(found: Findings, fields: readonly [TextField, PageText][]) {
  for (const [field, text] of fields) {
    if (englishMissing(text)) found.warning('english_missing', { field });
  }
}

function imageProblem(found: Findings, hash: string | null, where: ImagePlace, ctx: CheckContext) {
  if (hash !== null && !ctx.images.has(hash)) {
    found.error('image_missing', { hash: shortHash(hash), where });
  }
}

/** The ids chosen that no longer exist, and whether any chosen one does. */
function chosen(ids: readonly string[], known: ReadonlySet<string>) {
  const missing = ids.filter((id) => !known.has(id));
  return { missing: missing.length, anyLeft: ids.length === 0 || missing.length < ids.length };
}

/** Whether a date range (from ≤ until) holds a day the weekday rule allows: a week always does. */
function rangeHasDay(from: string, until: string, days: Visibility['days']): boolean {
  if (days === 'all') return true;
  for (let day = from, n = 0; day <= until && n < 7; day = addCalendarDays(day, 1), n += 1) {
    const weekend = weekdayOfDate(day) >= 6;
    if (weekend === (days === 'weekends')) return true;
  }
  return false;
}

function visibilityProblems(found: Findings, visibility: Visibility, ctx: CheckContext) {
  const { from, until, dayparts } = visibility;
  if (from !== null && until !== null && until < from) {
    found.error('visibility_dates_reversed', { from, until });
  } else if (from !== null && until !== null && !rangeHasDay(from, until, visibility.days)) {
    found.error('visibility_days_outside_dates', { from, until, days: visibility.days });
  } else if (until !== null && ctx.today !== undefined && until < ctx.today) {
    found.warning('visibility_past', { until });
  }
  if (dayparts.length > 0) {
    const known = new Set(ctx.dayparts.map((daypart) => daypart.id));
    const { missing, anyLeft } = chosen(dayparts, known);
    if (!anyLeft) found.error('visibility_dayparts_deleted', { count: missing });
    else if (missing > 0) found.warning('daypart_missing', { count: missing });
  }
}

function offersProblems(found: Findings, offerIds: readonly string[], ctx: CheckContext) {
  if (offerIds.length === 0) return;
  const byId = new Map(ctx.offers.map((offer) => [offer.id, offer]));
  let missing = 0;
  let showable = 0;
  for (const id of offerIds) {
    const offer = byId.get(id);
    if (!offer) {
      missing += 1;
      continue;
    }
    // Sold-out needs the platform's count of vouchers sold; it is not judged here.
    const status = offerDisplayStatus(offer, 0, ctx.now);
    const title = offer.title.zh;
    if (status === 'onSale' || status === 'scheduled') showable += 1;
    else if (status === 'ended') found.warning('offer_ended', { title });
    else if (status === 'saleOver') found.warning('offer_sale_over', { title });
    else found.warning('offer_not_on_sale', { title, status });
  }
  if (missing > 0) found.warning('offer_missing', { count: missing });
  if (showable === 0) found.error('offers_names_nothing', { count: offerIds.length });
}

function blockProblems(
  block: Block,
  pageIds: ReadonlySet<string>,
  ctx: CheckContext,
  known: Record<'categories' | 'items' | 'services', ReadonlySet<string>>,
): Problem[] {
  const found = new Findings(block.id);
  switch (block.type) {
    case 'header':
      break;
    case 'notice':
      if (!hasText(block.text)) found.error('notice_empty');
      textProblems(found, [['text', block.text]]);
      break;
    case 'text':
      if (!hasText(block.body)) found.error('text_empty');
      textProblems(found, [['body', block.body]]);
      break;
    case 'menu': {
      const categories = chosen(block.categoryIds, known.categories);
      const items = chosen(block.itemIds, known.items);
      const namesSome = block.categoryIds.length + block.itemIds.length > 0;
      const anyLeft =
        (block.categoryIds.length > 0 && categories.anyLeft) ||
        (block.itemIds.length > 0 && items.anyLeft);
      if (namesSome && !anyLeft) found.error('menu_names_nothing');
      if (categories.missing > 0) found.warning('category_missing', { count: categories.missing });
      if (items.missing > 0) found.warning('item_missing', { count: items.missing });
      textProblems(found, [['title', block.title]]);
      break;
    }
    case 'offers':
      offersProblems(found, block.offerIds, ctx);
      textProblems(found, [['title', block.title]]);
      break;
    case 'booking': {
      const services = chosen(block.serviceIds, known.services);
      if (!services.anyLeft) found.error('booking_names_nothing');
      else if (services.missing > 0) found.warning('service_missing', { count: services.missing });
      textProblems(found, [['title', block.title]]);
      break;
    }
    case 'gallery':
      if (block.photos.length === 0) found.error('gallery_empty');
      for (const photo of block.photos) imageProblem(found, photo.hash, 'gallery', ctx);
      textProblems(found, [
        ['title', block.title],
        ...block.photos.map((photo) => ['caption', photo.caption] as [TextField, PageText]),
      ]);
      break;
    case 'banner':
      if (block.image === null) found.error('banner_no_image');
      else {
        imageProblem(found, block.image, 'banner', ctx);
        if (!hasText(block.alt)) found.warning('banner_alt_missing');
      }
      if (block.target !== null && (!pageIds.has(block.target) || block.target === block.id)) {
        found.error('banner_target_missing');
      }
      textProblems(found, [
        ['headline', block.headline],
        ['alt', block.alt],
      ]);
      break;
  }
  visibilityProblems(found, block.visibility, ctx);
  return dedupe(found.list);
}

/** One problem per block, code and values (a gallery's captions missing English say it once). */
function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.code}:${JSON.stringify(problem.values)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const ratioText = (ratio: number) => (Math.floor(ratio * 100) / 100).toFixed(2);

function themeProblems(document: StorefrontDocument, ctx: CheckContext): Problem[] {
  const found = new Findings(null);
  const { theme } = document;
  if (document.blocks.length === 0) found.error('page_empty');
  const text = contrastRatio(theme.text, theme.background);
  if (text < BODY_TEXT_CONTRAST) {
    found.error('contrast_text', { ratio: ratioText(text), required: BODY_TEXT_CONTRAST });
  }
  const button = contrastRatio(theme.background, theme.primary);
  if (button < LARGE_TEXT_CONTRAST) {
    found.error('contrast_button', { ratio: ratioText(button), required: LARGE_TEXT_CONTRAST });
  }
  imageProblem(found, theme.logo, 'logo', ctx);
  imageProblem(found, theme.cover, 'cover', ctx);
  return found.list;
}

/** Every problem of the document: the page's and the theme's first, then each block's in order. */
export function storefrontProblems(document: StorefrontDocument, context: CheckContext): Problem[] {
  const pageIds = new Set(document.blocks.map((block) => block.id));
  const known = {
    categories: new Set(context.categories.map((row) => row.id)),
    items: new Set(context.items.map((row) => row.id)),
    services: new Set(context.services.filter((row) => !row.archived).map((row) => row.id)),
  };
  return [
    ...themeProblems(document, context),
    ...document.blocks.flatMap((block) => blockProblems(block, pageIds, context, known)),
  ];
}

/** Whether the problems let the document be published: no errors. */
export const canPublish = (problems: readonly Problem[]): boolean =>
  problems.every((problem) => problem.severity !== 'error');

/** The problems at one block (null: the theme's and the page's), for the editor's marks. */
export function problemsByBlock(problems: readonly Problem[]): Map<string | null, Problem[]> {
  const byBlock = new Map<string | null, Problem[]>();
  for (const problem of problems) {
    const list = byBlock.get(problem.blockId) ?? [];
    list.push(problem);
    byBlock.set(problem.blockId, list);
  }
  return byBlock;
}
