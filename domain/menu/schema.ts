/**
 * The menu's records as they are stored and synced: categories, items with their spec groups,
 * dayparts, tags, photo metadata and the append-only stock ledger. Optional fields that a shop can
 * clear are `nullish`: a patch clears them with `null`, because `undefined` does not survive JSON
 * on its way to the platform.
 */
import { z } from 'zod';
import { fenSchema, signedFenSchema } from '../money';
import { idSchema } from '../ids';
import { contentHashSchema } from '../media/protocol';
import { parseCalendarDate } from '../time';
import { clockTimeSchema } from '../vendor';

/** Made on the device (UUIDv7), like every other record's id. */
export const menuIdSchema = idSchema;

/** Text the shop writes in both languages; Chinese is the one every record must have. */
export const localizedNameSchema = z.object({
  zh: z.string().trim().min(1).max(80),
  en: z.string().trim().max(80).nullish(),
});
export type LocalizedName = z.infer<typeof localizedNameSchema>;

export const localizedTextSchema = z.object({
  zh: z.string().trim().max(2000).nullish(),
  en: z.string().trim().max(2000).nullish(),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * A fractional index (see sort-key.ts): moving one record between two others writes one new key
 * instead of renumbering the list. Compared as plain strings with `<`, never localeCompare.
 */
export const sortKeySchema = z.string().regex(/^[0-9a-z]*[1-9a-z]$/, 'sort_key');

/** A business day in the vendor's zone, 'YYYY-MM-DD', a real one: no 2026-02-31. */
export const businessDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'date')
  .refine((date) => parseCalendarDate(date) !== null, 'date');

/** 1 = Monday … 7 = Sunday, as in the vendor's opening hours. */
export const weekdaySchema = z.number().int().min(1).max(7);

/**
 * When something is on sale. An empty list means "no restriction": no daypartIds = all day,
 * no weekdays = every day. An item is on sale only where its own and its category's allow.
 */
export const availabilitySchema = z.object({
  daypartIds: z.array(menuIdSchema).max(24),
  weekdays: z.array(weekdaySchema).max(7),
});
export type Availability = z.infer<typeof availabilitySchema>;

export const categorySchema = z.object({
  id: menuIdSchema,
  name: localizedNameSchema,
  sortKey: sortKeySchema,
  /** Hidden from customers; the shop still sees and edits it. */
  hidden: z.boolean(),
  availability: availabilitySchema.nullish(),
});
export type Category = z.infer<typeof categorySchema>;

export const specOptionSchema = z.object({
  id: menuIdSchema,
  name: localizedNameSchema,
  /** Added to the item's price when chosen; may be negative (a small size). */
  priceDeltaFen: signedFenSchema,
});
export type SpecOption = z.infer<typeof specOptionSchema>;

/**
 * A choice the customer makes: size (single, required), spice level (single, required, no price),
 * add-ons (multiple, min..max picks). Consistency rules beyond the shape live in specs.ts.
 */
export const specGroupSchema = z.object({
  id: menuIdSchema,
  name: localizedNameSchema,
  selection: z.enum(['single', 'multiple']),
  required: z.boolean(),
  min: z.number().int().min(0).max(50),
  max: z.number().int().min(1).max(50),
  options: z.array(specOptionSchema).max(50),
});
export type SpecGroup = z.infer<typeof specGroupSchema>;

/** One value of a variant dimension: 红色, or M. */
export const variantValueSchema = z.object({
  id: menuIdSchema,
  name: localizedNameSchema,
});
export type VariantValue = z.infer<typeof variantValueSchema>;

/** A dimension the item comes in (颜色, 尺码): each variant takes one of its values. */
export const variantOptionSchema = z.object({
  id: menuIdSchema,
  name: localizedNameSchema,
  values: z.array(variantValueSchema).min(1).max(50),
});
export type VariantOption = z.infer<typeof variantOptionSchema>;

export const itemStatusSchema = z.enum(['on_sale', 'off_sale']);
export type ItemStatus = z.infer<typeof itemStatusSchema>;
/** What the shop and its customers see: the stored status, or sold out for today. */
export type EffectiveStatus = ItemStatus | 'sold_out';

export const skuSchema = z.string().trim().min(1).max(64);
export const barcodeSchema = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z\-.]{1,48}$/, 'barcode');

/** Most variants one item has: Shopify's limit, and three dimensions of up to 50 values each fit. */
export const MAX_VARIANTS = 250;

/**
 * A combination of option values (红色 × M) that is a unit of its own: its own price, SKU and
 * barcode, so a scan of its code finds it. Choices that are not stock units (加料, 辣度) stay spec
 * groups, priced on top of the variant. Consistency rules beyond the shape live in variants.ts.
 */
export const variantSchema = z.object({
  id: menuIdSchema,
  /** One value id per option of the item, in the options' order. */
  valueIds: z.array(menuIdSchema).min(1).max(3),
  priceFen: fenSchema,
  listPriceFen: fenSchema.nullish(),
  /** Unique within the shop, like an item's (codes.ts). */
  sku: skuSchema.nullish(),
  barcode: barcodeSchema.nullish(),
  /** An off-sale variant is not sold; the item's others are. */
  status: itemStatusSchema,
});
export type Variant = z.infer<typeof variantSchema>;

export const menuItemSchema = z.object({
  id: menuIdSchema,
  categoryId: menuIdSchema,
  /** Order within its category. */
  sortKey: sortKeySchema,
  name: localizedNameSchema,
  description: localizedTextSchema,
  priceFen: fenSchema,
  /** The "original" price shown struck through. */
  listPriceFen: fenSchema.nullish(),
  photoIds: z.array(menuIdSchema).max(20),
  /** Ids of menuTag records. */
  tags: z.array(menuIdSchema).max(20),
  /** Unique within the shop (checked by codes.ts, enforced by the platform). */
  sku: skuSchema.nullish(),
  barcode: barcodeSchema.nullish(),
  status: itemStatusSchema,
  /** Sold out (沽清) for this business day only; any other day it is on sale again. */
  soldOutBusinessDate: businessDateSchema.nullish(),
  /** Portions per business day; the day's sales come from the stock ledger. null = unlimited. */
  dailyStock: z.number().int().min(0).max(1_000_000).nullish(),
  specGroups: z.array(specGroupSchema).max(20),
  /**
   * The dimensions the item comes in and their combinations (variants.ts). Both empty for an item
   * sold one way; absent on records written before variants existed, which means the same.
   * With variants, `priceFen` is the lowest variant's price ("from ¥x") and each variant's own
   * price is what a customer pays before spec choices.
   */
  variantOptions: z.array(variantOptionSchema).max(3).optional(),
  variants: z.array(variantSchema).max(MAX_VARIANTS).optional(),
  availability: availabilitySchema.nullish(),
  /** Device clock of the last edit: shown to the shop, never used to order changes. */
  updatedAt: z.number().int(),
});
export type MenuItem = z.infer<typeof menuItemSchema>;

/** A part of the day in the vendor's zone; end at or before start means it ends after midnight. */
export const daypartSchema = z.object({
  id: menuIdSchema,
  name: localizedNameSchema,
  start: clockTimeSchema,
  end: clockTimeSchema,
  sortKey: sortKeySchema,
});
export type Daypart = z.infer<typeof daypartSchema>;

/** A label on items (招牌, 新品, 辣, 素, or the shop's own). */
export const menuTagSchema = z.object({
  id: menuIdSchema,
  name: localizedNameSchema,
  sortKey: sortKeySchema,
});
export type MenuTag = z.infer<typeof menuTagSchema>;

/**
 * A photo's metadata. The image and its thumbnail are Blobs kept by the console's store: the
 * domain has no Blob type (the platform runs in Node), so they are `unknown` here and never travel
 * in mutation arguments.
 */
export const menuPhotoSchema = z.object({
  id: menuIdSchema,
  itemId: menuIdSchema,
  mime: z.enum(['image/jpeg', 'image/png', 'image/webp']),
  width: z.number().int().min(1).max(1024),
  height: z.number().int().min(1).max(1024),
  byteSize: z.number().int().min(0).nullish(),
  /**
   * The image's address on the platform (SHA-256 of the bytes uploaded, domain/media): another
   * desktop of the shop fetches it from there. Absent on photos saved before images were uploaded.
   */
  contentHash: contentHashSchema.optional(),
  blob: z.unknown().optional(),
  thumb: z.unknown().optional(),
});
export type MenuPhoto = z.infer<typeof menuPhotoSchema>;

export const stockReasonSchema = z.enum(['daily_reset', 'sale', 'adjustment', 'correction']);
export type StockReason = z.infer<typeof stockReasonSchema>;

/**
 * One movement of an item's stock on one business day (sale: -1, made ten more: +10). The day
 * starts from the item's dailyStock, so no device has to write an opening entry; a 'daily_reset'
 * entry, if written, counts like any other. Mistakes are corrected by a reversing entry.
 */
export const stockEntrySchema = z.object({
  id: menuIdSchema,
  itemId: menuIdSchema,
  businessDate: businessDateSchema,
  delta: z.number().int().min(-1_000_000).max(1_000_000),
  reason: stockReasonSchema,
  createdAt: z.number().int(),
});
export type StockEntry = z.infer<typeof stockEntrySchema>;

/** Everything the menu pages and the import work on, already read from the store. */
export interface Menu {
  categories: Category[];
  items: MenuItem[];
  dayparts: Daypart[];
  tags: MenuTag[];
}
