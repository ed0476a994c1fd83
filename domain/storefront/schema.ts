/**
 * The storefront (店铺装修): the shop's mini-program page, as stored, synced and published.
 *
 * The **draft** is one record per block (`storefrontBlock`, ordered by sort keys as menu
 * categories are) plus one theme record (`storefrontTheme`), so two desktops editing different
 * blocks — or different fields of one block — offline both keep their work: the platform merges
 * field by field, and a block's fields are the record's own top-level fields.
 *
 * A **document** is what is published: the theme and the blocks in order, at a schema version
 * (`STOREFRONT_SCHEMA_VERSION`; older documents are brought forward by migrations.ts). A
 * **version** is an immutable published document with its number, note, who and when; the live
 * version is the one with the highest number. Blocks bound to the shop's data (the header's name,
 * hours and address; the menu's prices and sold-out; offers on sale) hold only what to show, never
 * a copy of the data, so a change of hours shows everywhere at once. The full description:
 * docs/storefront-schema.md.
 */
import { z } from 'zod';
import { idSchema } from '../ids';
import { businessDateSchema, sortKeySchema } from '../menu/schema';
import { contentHashSchema } from '../offers/schema';

/** The document's schema version; migrations.ts brings any older document to it. */
export const STOREFRONT_SCHEMA_VERSION = 1;

/** Text the shop writes for its page in both languages. Either may be empty while editing. */
export const pageTextSchema = z.object({
  zh: z.string().max(2000),
  en: z.string().max(2000),
});
export type PageText = z.infer<typeof pageTextSchema>;
export const emptyText = (): PageText => ({ zh: '', en: '' });

/** '#rrggbb'. */
export const colourSchema = z.string().regex(/^#[0-9a-f]{6}$/, 'colour');

/**
 * When a block shows, in the shop's zone. Every condition given must hold; an empty list or null
 * bound means "no limit". `dayparts` names the menu's dayparts (a moment inside 夜宵 21:30–02:00
 * after midnight belongs to the day it started, as the menu reads it); `days` is judged on the
 * business day's weekday; `from` / `until` are business dates, both inclusive.
 */
export const visibilitySchema = z.object({
  dayparts: z.array(idSchema).max(12),
  days: z.enum(['all', 'weekdays', 'weekends']),
  from: businessDateSchema.nullable(),
  until: businessDateSchema.nullable(),
});
export type Visibility = z.infer<typeof visibilitySchema>;
export const alwaysVisible = (): Visibility => ({
  dayparts: [],
  days: 'all',
  from: null,
  until: null,
});

export const blockTypes = [
  'header',
  'notice',
  'menu',
  'offers',
  'booking',
  'gallery',
  'text',
  'banner',
] as const;
export const blockTypeSchema = z.enum(blockTypes);
export type BlockType = z.infer<typeof blockTypeSchema>;

/** At most this many blocks on a page, and photos in a gallery. */
export const MAX_BLOCKS = 40;
export const MAX_GALLERY_PHOTOS = 12;

/**
 * Each block type's own fields. The header is bound to the shop's profile (name, today's hours,
 * address with a map link, phone) and the theme's logo and cover: it says only which to show.
 * A menu block with no categories and no items chosen shows the whole menu on sale at the time;
 * an offers block with none chosen shows every offer on sale; a booking block with no services
 * chosen offers all of them (a restaurant's party sizes come from its booking settings).
 * Text is a small formatted language (text-format.ts: paragraphs, **bold**, *italic*, lists and
 * links), never HTML, so it is safe on any renderer by construction.
 */
export const blockFieldSchemas = {
  header: z.object({
    showHours: z.boolean(),
    showAddress: z.boolean(),
    showPhone: z.boolean(),
  }),
  notice: z.object({ text: pageTextSchema, tone: z.enum(['info', 'warning']) }),
  menu: z.object({
    title: pageTextSchema,
    categoryIds: z.array(idSchema).max(50),
    itemIds: z.array(idSchema).max(100),
    showPhotos: z.boolean(),
  }),
  offers: z.object({
    title: pageTextSchema,
    offerIds: z.array(idSchema).max(30),
    limit: z.number().int().min(1).max(30),
  }),
  booking: z.object({
    title: pageTextSchema,
    serviceIds: z.array(idSchema).max(50),
  }),
  gallery: z.object({
    title: pageTextSchema,
    photos: z
      .array(z.object({ hash: contentHashSchema, caption: pageTextSchema }))
      .max(MAX_GALLERY_PHOTOS),
  }),
  text: z.object({ body: pageTextSchema }),
  banner: z.object({
    image: contentHashSchema.nullable(),
    alt: pageTextSchema,
    headline: pageTextSchema,
    /** The block a tap scrolls to (its id), or none. */
    target: idSchema.nullable(),
  }),
} as const satisfies Record<BlockType, z.ZodObject>;

export type BlockFields<T extends BlockType = BlockType> = z.infer<(typeof blockFieldSchemas)[T]>;

/** What every block has besides its type's fields. */
const blockBase = z.object({ id: idSchema, visibility: visibilitySchema });

// Each variant spelled out: a generic helper indexing blockFieldSchemas[T] gave every variant
// the first type's fields in the inferred Block type (the runtime schema was right).
const fieldsOf = blockFieldSchemas;

/** A block as a document holds it: in order, without a sort key. */
export const blockSchema = z.discriminatedUnion('type', [
  blockBase.extend({ type: z.literal('header'), ...fieldsOf.header.shape }),
  blockBase.extend({ type: z.literal('notice'), ...fieldsOf.notice.shape }),
  blockBase.extend({ type: z.literal('menu'), ...fieldsOf.menu.shape }),
  blockBase.extend({ type: z.literal('offers'), ...fieldsOf.offers.shape }),
  blockBase.extend({ type: z.literal('booking'), ...fieldsOf.booking.shape }),
  blockBase.extend({ type: z.literal('gallery'), ...fieldsOf.gallery.shape }),
  blockBase.extend({ type: z.literal('text'), ...fieldsOf.text.shape }),
  blockBase.extend({ type: z.literal('banner'), ...fieldsOf.banner.shape }),
]);
export type Block = z.infer<typeof blockSchema>;
export type BlockOf<T extends BlockType> = Extract<Block, { type: T }>;

/** A draft block as stored: the block plus its place in the list and when it last changed. */
export const draftBlockSchema = z.intersection(
  blockSchema,
  z.object({ sortKey: sortKeySchema, updatedAt: z.number().int() }),
);
export type DraftBlock = Block & { sortKey: string; updatedAt: number };

export const themeFieldsSchema = z.object({
  primary: colourSchema,
  background: colourSchema,
  text: colourSchema,
  corner: z.enum(['square', 'rounded', 'pill']),
  textSize: z.enum(['small', 'medium', 'large']),
  logo: contentHashSchema.nullable(),
  cover: contentHashSchema.nullable(),
});
export type ThemeFields = z.infer<typeof themeFieldsSchema>;

/** The draft's theme: the shop's one record (id: the vendor's id). */
export const draftThemeSchema = themeFieldsSchema.extend({
  id: idSchema,
  updatedAt: z.number().int(),
});
export type DraftTheme = z.infer<typeof draftThemeSchema>;

export const defaultTheme = (): ThemeFields => ({
  primary: '#c2410c',
  background: '#ffffff',
  text: '#1f2937',
  corner: 'rounded',
  textSize: 'medium',
  logo: null,
  cover: null,
});

/** A published page: what a renderer (the platform's, the preview's, a mini-program's) reads. */
export const storefrontDocumentSchema = z.object({
  schemaVersion: z.literal(STOREFRONT_SCHEMA_VERSION),
  theme: themeFieldsSchema,
  blocks: z.array(blockSchema).max(MAX_BLOCKS),
});
export type StorefrontDocument = z.infer<typeof storefrontDocumentSchema>;

const noteSchema = z.string().trim().max(200);

/**
 * A desk's request to publish a document (`storefront.publish`): an appended entry. `basedOn` is
 * the live version number the desk had when it published (0: none yet); the platform refuses a
 * request based on a version that is no longer live (another desk published first) into Needs
 * attention. `rollbackOf` names the version whose document this publishes again.
 */
export const publishRequestSchema = z.object({
  id: idSchema,
  document: storefrontDocumentSchema,
  note: noteSchema,
  basedOn: z.number().int().min(0),
  rollbackOf: z.number().int().min(1).nullable(),
  at: z.number().int(),
});
export type PublishRequest = z.infer<typeof publishRequestSchema>;

/**
 * A publish the platform carries out at `publishAt` (epoch ms, chosen in the shop's zone), even
 * with every desktop off. Pending until then; the platform marks it published (with the version
 * it made) or the shop cancels it.
 */
export const scheduleStatuses = ['pending', 'published', 'cancelled'] as const;
export const publishScheduleSchema = z.object({
  id: idSchema,
  document: storefrontDocumentSchema,
  note: noteSchema,
  publishAt: z.number().int(),
  status: z.enum(scheduleStatuses),
  /** The version the platform made, once published. */
  versionNumber: z.number().int().min(1).nullable(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type PublishSchedule = z.infer<typeof publishScheduleSchema>;

/** How a version came to be. */
export const versionKinds = ['publish', 'rollback', 'scheduled'] as const;

/**
 * A published version, written by the platform alone: immutable, numbered 1, 2, … in the
 * platform's order. Its id is the request's or the schedule's id, so a request applied twice
 * names the same version.
 */
export const storefrontVersionSchema = z.object({
  id: idSchema,
  number: z.number().int().min(1),
  document: storefrontDocumentSchema,
  note: noteSchema,
  kind: z.enum(versionKinds),
  rollbackOf: z.number().int().min(1).nullable(),
  /** Who published: the staff member's name as the platform knew it, or null for a schedule. */
  publishedBy: z.string().max(60).nullable(),
  publishedAt: z.number().int(),
});
export type StorefrontVersion = z.infer<typeof storefrontVersionSchema>;

/** The shop's readable address, `/s/<slug>`: 3–40 of a–z, 0–9 and inner hyphens, unique. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]$/, 'slug')
  .refine((slug) => !slug.includes('--'), 'slug');

/** The shop's storefront address, claimed on the platform (it alone knows who holds a slug). */
export const storefrontSiteSchema = z.object({
  id: idSchema,
  slug: slugSchema,
  claimedAt: z.number().int(),
});
export type StorefrontSite = z.infer<typeof storefrontSiteSchema>;
