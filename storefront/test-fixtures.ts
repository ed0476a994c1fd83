/**
 * A small shop's page data and blocks for the renderer's tests: data already resolved (as
 * domain/storefront/data.ts makes it), so a test says only what it is about.
 */
import type { StorefrontData } from '../domain/storefront/page-data';
import {
  alwaysVisible,
  defaultTheme,
  STOREFRONT_SCHEMA_VERSION,
  type Block,
  type BlockFields,
  type BlockOf,
  type BlockType,
  type StorefrontDocument,
} from '../domain/storefront/schema';
import type { PageLanguage, RenderContext, RenderInput } from './types';

/** A UUID-shaped id that says what it is: 'b' blocks, 'c' categories, 'i' items, 'o' offers. */
export const fixedId = (kind: string, n: number) =>
  `0000000${kind}-0000-7000-8000-${String(n).padStart(12, '0')}`;

export const HASH = (n: number) => String(n).padStart(64, 'a');

export function sampleData(overrides: Partial<StorefrontData> = {}): StorefrontData {
  return {
    at: Date.UTC(2026, 11, 7, 4),
    timeZone: 'Asia/Shanghai',
    businessDate: '2026-12-07',
    shop: {
      name: '老王黄焖鸡米饭',
      address: '上海市徐汇区漕溪北路 88 号',
      phone: '021-6468 1234',
      hoursToday: [
        { open: '10:00', close: '14:00' },
        { open: '17:00', close: '21:30' },
      ],
    },
    daypartsNow: [{ id: fixedId('d', 1), startDate: '2026-12-07' }],
    menu: {
      categories: [
        {
          id: fixedId('c', 1),
          name: { zh: '主食', en: 'Mains' },
          items: [
            {
              id: fixedId('i', 1),
              name: { zh: '黄焖鸡米饭', en: 'Braised Chicken Rice' },
              description: { zh: '招牌', en: 'Our signature' },
              priceFen: 2500,
              listPriceFen: 2800,
              soldOut: false,
              photo: HASH(1),
            },
            {
              id: fixedId('i', 2),
              name: { zh: '重庆小面', en: null },
              description: {},
              priceFen: 1850,
              soldOut: true,
              photo: null,
            },
          ],
        },
        {
          id: fixedId('c', 2),
          name: { zh: '饮品', en: 'Drinks' },
          items: [
            {
              id: fixedId('i', 3),
              name: { zh: '酸梅汤', en: 'Plum juice' },
              description: {},
              priceFen: 600,
              priceFrom: true,
              soldOut: false,
              photo: null,
            },
          ],
        },
      ],
    },
    offers: [
      {
        id: fixedId('o', 1),
        title: { zh: '双人套餐', en: 'Set meal for two' },
        priceFen: 8800,
        originalPriceFen: 12_800,
        groupSize: 1,
        cover: HASH(2),
        saleEndsAt: null,
      },
      {
        id: fixedId('o', 2),
        title: { zh: '三人拼团', en: '' },
        priceFen: 9900,
        originalPriceFen: 9900,
        groupSize: 3,
        cover: null,
        saleEndsAt: null,
      },
    ],
    booking: {
      mode: 'table',
      partySizes: { min: 1, max: 12 },
      services: [],
    },
    ...overrides,
  };
}

const defaultFields: { [T in BlockType]: BlockFields<T> } = {
  header: { showHours: true, showAddress: true, showPhone: true },
  notice: { text: { zh: '本周日店休', en: 'Closed this Sunday' }, tone: 'info' },
  menu: { title: { zh: '', en: '' }, categoryIds: [], itemIds: [], showPhotos: true },
  offers: { title: { zh: '团购优惠', en: 'Deals' }, offerIds: [], limit: 10 },
  booking: { title: { zh: '', en: '' }, serviceIds: [] },
  gallery: {
    title: { zh: '店内环境', en: 'Inside' },
    photos: [
      { hash: HASH(3), caption: { zh: '大堂', en: 'The hall' } },
      { hash: HASH(4), caption: { zh: '', en: '' } },
    ],
  },
  text: { body: { zh: '欢迎**光临**', en: 'Welcome' } },
  banner: {
    image: HASH(5),
    alt: { zh: '早餐套餐', en: 'Breakfast set' },
    headline: { zh: '早餐 8 折', en: '20% off breakfast' },
    target: null,
  },
};

let blockCount = 0;

/** A block of the type with its usual fields, overridden by `fields`. */
export function sampleBlock<T extends BlockType>(
  type: T,
  fields: Partial<BlockOf<T>> = {},
): BlockOf<T> {
  blockCount += 1;
  return {
    id: fixedId('b', blockCount),
    type,
    visibility: alwaysVisible(),
    ...defaultFields[type],
    ...fields,
  } as BlockOf<T>;
}

export function documentOf(blocks: Block[]): StorefrontDocument {
  return { schemaVersion: STOREFRONT_SCHEMA_VERSION, theme: defaultTheme(), blocks };
}

export function sampleContext(language: PageLanguage = 'zh-CN', withLinks = true): RenderContext {
  return {
    language,
    imageUrl: (hash, size) => `/media/${hash}?size=${size}`,
    links: withLinks
      ? {
          offer: (id) => `/s/lao-wang/offers/${id}`,
          book: (serviceId) => `/s/lao-wang/book${serviceId ? `?service=${serviceId}` : ''}`,
          me: () => '/s/lao-wang/me',
        }
      : null,
  };
}

export function sampleInput(
  blocks: Block[],
  options: { language?: PageLanguage; data?: StorefrontData; withLinks?: boolean } = {},
): RenderInput {
  return {
    document: documentOf(blocks),
    data: options.data ?? sampleData(),
    context: sampleContext(options.language, options.withLinks),
  };
}
