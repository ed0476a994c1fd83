import { describe, expect, it } from 'vitest';
import { newId } from '../ids';
import { alwaysVisible, type Block } from './schema';
import {
  canPublish,
  problemCodes,
  problemsByBlock,
  storefrontProblems,
  type CheckContext,
  type Problem,
} from './checks';
import { testBlock, testDocument, testHash } from './fixtures/blocks';

const NOW = Date.UTC(2026, 11, 7, 4, 0); // 12:00 in Shanghai
const HOUR = 3_600_000;

const offer = (fields: Partial<CheckContext['offers'][number]> = {}) => ({
  id: newId(),
  title: { zh: '双人套餐', en: 'Set for two' },
  status: 'onSale' as const,
  saleFrom: NOW - 24 * HOUR,
  saleUntil: null,
  stock: null,
  ...fields,
});

const context = (fields: Partial<CheckContext> = {}): CheckContext => ({
  offers: [],
  dayparts: [],
  categories: [],
  items: [],
  services: [],
  images: new Set([testHash('a'), testHash('b')]),
  now: NOW,
  ...fields,
});

const problems = (blocks: Block[], ctx = context(), theme = {}) =>
  storefrontProblems(testDocument(blocks, theme), ctx);

/** The problems as "code/severity", for one block (or the page's: null). */
const codes = (found: Problem[], blockId: string | null = null) =>
  found.filter((problem) => problem.blockId === blockId).map((p) => `${p.code}/${p.severity}`);

describe('checks before publishing', () => {
  it('finds nothing wrong with a plain page of good blocks', () => {
    const found = problems([testBlock('header'), testBlock('notice'), testBlock('text')]);
    expect(found).toEqual([]);
    expect(canPublish(found)).toBe(true);
  });

  it('says an empty page cannot be published', () => {
    const found = problems([]);
    expect(codes(found)).toEqual(['page_empty/error']);
    expect(canPublish(found)).toBe(false);
  });

  describe('empty blocks', () => {
    it('a notice or text without Chinese is empty, even with English', () => {
      const notice = testBlock('notice', { text: { zh: '  ', en: 'Closed Monday' } });
      const text = testBlock('text', { body: { zh: '', en: '' } });
      const found = problems([notice, text]);
      expect(codes(found, notice.id)).toEqual(['notice_empty/error']);
      expect(codes(found, text.id)).toEqual(['text_empty/error']);
    });

    it('a gallery without photos and a banner without an image are empty', () => {
      const gallery = testBlock('gallery');
      const banner = testBlock('banner');
      const found = problems([gallery, banner]);
      expect(codes(found, gallery.id)).toEqual(['gallery_empty/error']);
      expect(codes(found, banner.id)).toEqual(['banner_no_image/error']);
    });

    it('a menu naming only deleted categories and items shows nothing; with none named it shows the whole menu', () => {
      const category = newId();
      const gone = testBlock('menu', { categoryIds: [newId()], itemIds: [newId(), newId()] });
      const partly = testBlock('menu', { categoryIds: [category, newId()] });
      const whole = testBlock('menu');
      const found = problems([gone, partly, whole], context({ categories: [{ id: category }] }));
      expect(codes(found, gone.id)).toEqual([
        'menu_names_nothing/error',
        'category_missing/warning',
        'item_missing/warning',
      ]);
      expect(found.find((p) => p.code === 'item_missing')?.values).toEqual({ count: 2 });
      expect(codes(found, partly.id)).toEqual(['category_missing/warning']);
      expect(codes(found, whole.id)).toEqual([]);
    });

    it('a menu with its categories gone but an item left still shows that item', () => {
      const item = newId();
      const block = testBlock('menu', { categoryIds: [newId()], itemIds: [item] });
      const found = problems([block], context({ items: [{ id: item }] }));
      expect(codes(found, block.id)).toEqual(['category_missing/warning']);
    });

    it('a booking block naming only deleted or archived services offers nothing', () => {
      const archived = newId();
      const live = newId();
      const services = [{ id: archived, archived: true }, { id: live }];
      const nothing = testBlock('booking', { serviceIds: [archived, newId()] });
      const some = testBlock('booking', { serviceIds: [live, newId()] });
      const all = testBlock('booking');
      const found = problems([nothing, some, all], context({ services }));
      expect(codes(found, nothing.id)).toEqual(['booking_names_nothing/error']);
      expect(codes(found, some.id)).toEqual(['service_missing/warning']);
      expect(found.find((p) => p.blockId === some.id)?.values).toEqual({ count: 1 });
      expect(codes(found, all.id)).toEqual([]);
    });
  });

  describe('offers', () => {
    it('names each offer that ended, whose sale is over or is not on sale, and the deleted ones', () => {
      const onSale = offer();
      const ended = offer({ status: 'ended', title: { zh: '早餐券', en: '' } });
      const over = offer({ saleUntil: NOW - HOUR, title: { zh: '午市券', en: '' } });
      const paused = offer({ status: 'paused', title: { zh: '夜宵券', en: '' } });
      const block = testBlock('offers', {
        offerIds: [onSale.id, ended.id, over.id, paused.id, newId()],
      });
      const found = problems([block], context({ offers: [onSale, ended, over, paused] }));
      expect(found).toEqual([
        {
          blockId: block.id,
          code: 'offer_ended',
          severity: 'warning',
          values: { title: '早餐券' },
        },
        {
          blockId: block.id,
          code: 'offer_sale_over',
          severity: 'warning',
          values: { title: '午市券' },
        },
        {
          blockId: block.id,
          code: 'offer_not_on_sale',
          severity: 'warning',
          values: { title: '夜宵券', status: 'paused' },
        },
        { blockId: block.id, code: 'offer_missing', severity: 'warning', values: { count: 1 } },
      ]);
      expect(canPublish(found)).toBe(true);
    });

    it('an offers block whose every offer is gone or off sale shows nothing: an error', () => {
      const ended = offer({ status: 'ended' });
      const block = testBlock('offers', { offerIds: [ended.id, newId()] });
      const found = problems([block], context({ offers: [ended] }));
      expect(codes(found, block.id)).toEqual([
        'offer_ended/warning',
        'offer_missing/warning',
        'offers_names_nothing/error',
      ]);
    });

    it('an offer whose sale starts later is not a problem: the page shows it from then', () => {
      const later = offer({ saleFrom: NOW + HOUR });
      const block = testBlock('offers', { offerIds: [later.id] });
      expect(problems([block], context({ offers: [later] }))).toEqual([]);
    });

    it('a sale that ends exactly now is over', () => {
      const over = offer({ saleUntil: NOW });
      const block = testBlock('offers', { offerIds: [over.id] });
      expect(codes(problems([block], context({ offers: [over] })), block.id)).toContain(
        'offer_sale_over/warning',
      );
    });
  });

  describe('images', () => {
    it('a photo not on hand is missing, wherever it is used', () => {
      const missing = testHash('c');
      const gallery = testBlock('gallery', {
        photos: [
          { hash: testHash('a'), caption: { zh: '', en: '' } },
          { hash: missing, caption: { zh: '', en: '' } },
        ],
      });
      const banner = testBlock('banner', {
        image: missing,
        alt: { zh: '招牌菜', en: 'Our signature dish' },
      });
      const found = problems([gallery, banner], context(), { logo: missing, cover: testHash('b') });
      expect(found.filter((p) => p.code === 'image_missing')).toEqual([
        {
          blockId: null,
          code: 'image_missing',
          severity: 'error',
          values: { hash: 'cccccccc', where: 'logo' },
        },
        {
          blockId: gallery.id,
          code: 'image_missing',
          severity: 'error',
          values: { hash: 'cccccccc', where: 'gallery' },
        },
        {
          blockId: banner.id,
          code: 'image_missing',
          severity: 'error',
          values: { hash: 'cccccccc', where: 'banner' },
        },
      ]);
    });

    it('a banner image without a description is a warning', () => {
      const banner = testBlock('banner', { image: testHash('a') });
      expect(codes(problems([banner]), banner.id)).toEqual(['banner_alt_missing/warning']);
    });
  });

  it('a banner linking to a block not on the page (or to itself) is an error', () => {
    const target = testBlock('text');
    const image = testHash('a');
    const alt = { zh: '早餐', en: 'Breakfast' };
    const good = testBlock('banner', { image, alt, target: target.id });
    const away = testBlock('banner', { image, alt, target: newId() });
    const self = testBlock('banner', { image, alt });
    self.target = self.id;
    const found = problems([target, good, away, self]);
    expect(codes(found, good.id)).toEqual([]);
    expect(codes(found, away.id)).toEqual(['banner_target_missing/error']);
    expect(codes(found, self.id)).toEqual(['banner_target_missing/error']);
  });

  describe('visibility that can never hold', () => {
    it('until before from', () => {
      const block = testBlock('text', {
        visibility: { ...alwaysVisible(), from: '2026-12-10', until: '2026-12-09' },
      });
      const found = problems([block]);
      expect(found).toEqual([
        {
          blockId: block.id,
          code: 'visibility_dates_reversed',
          severity: 'error',
          values: { from: '2026-12-10', until: '2026-12-09' },
        },
      ]);
    });

    it('from and until on one day is a one-day block, not a problem', () => {
      const block = testBlock('text', {
        visibility: { ...alwaysVisible(), from: '2026-12-10', until: '2026-12-10' },
      });
      expect(problems([block])).toEqual([]);
    });

    it('weekends only, between dates that hold no weekend (and the reverse)', () => {
      // 2026-12-07 is a Monday, 12-11 a Friday, 12-12 a Saturday.
      const weekendsInAWeek = testBlock('text', {
        visibility: {
          ...alwaysVisible(),
          days: 'weekends',
          from: '2026-12-07',
          until: '2026-12-11',
        },
      });
      const weekdaysOnASunday = testBlock('text', {
        visibility: {
          ...alwaysVisible(),
          days: 'weekdays',
          from: '2026-12-13',
          until: '2026-12-13',
        },
      });
      const weekendsReached = testBlock('text', {
        visibility: {
          ...alwaysVisible(),
          days: 'weekends',
          from: '2026-12-07',
          until: '2026-12-12',
        },
      });
      const found = problems([weekendsInAWeek, weekdaysOnASunday, weekendsReached]);
      expect(found).toEqual([
        {
          blockId: weekendsInAWeek.id,
          code: 'visibility_days_outside_dates',
          severity: 'error',
          values: { from: '2026-12-07', until: '2026-12-11', days: 'weekends' },
        },
        {
          blockId: weekdaysOnASunday.id,
          code: 'visibility_days_outside_dates',
          severity: 'error',
          values: { from: '2026-12-13', until: '2026-12-13', days: 'weekdays' },
        },
      ]);
    });

    it('only deleted dayparts is an error; some deleted a warning', () => {
      const breakfast = newId();
      const onlyGone = testBlock('text', {
        visibility: { ...alwaysVisible(), dayparts: [newId(), newId()] },
      });
      const someGone = testBlock('text', {
        visibility: { ...alwaysVisible(), dayparts: [breakfast, newId()] },
      });
      const found = problems([onlyGone, someGone], context({ dayparts: [{ id: breakfast }] }));
      expect(found).toEqual([
        {
          blockId: onlyGone.id,
          code: 'visibility_dayparts_deleted',
          severity: 'error',
          values: { count: 2 },
        },
        {
          blockId: someGone.id,
          code: 'daypart_missing',
          severity: 'warning',
          values: { count: 1 },
        },
      ]);
    });

    it('a date range already past is a warning when today is known', () => {
      const block = testBlock('text', { visibility: { ...alwaysVisible(), until: '2026-12-06' } });
      expect(problems([block])).toEqual([]);
      expect(codes(problems([block], context({ today: '2026-12-07' })), block.id)).toEqual([
        'visibility_past/warning',
      ]);
      expect(problems([block], context({ today: '2026-12-06' }))).toEqual([]);
    });
  });

  it('warns of English missing where Chinese is given, once per field', () => {
    const notice = testBlock('notice', { text: { zh: '周一休息', en: '' } });
    const gallery = testBlock('gallery', {
      title: { zh: '环境', en: '' },
      photos: [
        { hash: testHash('a'), caption: { zh: '大堂', en: '' } },
        { hash: testHash('b'), caption: { zh: '包间', en: '' } },
      ],
    });
    const noChinese = testBlock('menu', { title: { zh: '', en: '' } });
    const found = problems([notice, gallery, noChinese]);
    expect(found).toEqual([
      {
        blockId: notice.id,
        code: 'english_missing',
        severity: 'warning',
        values: { field: 'text' },
      },
      {
        blockId: gallery.id,
        code: 'english_missing',
        severity: 'warning',
        values: { field: 'title' },
      },
      {
        blockId: gallery.id,
        code: 'english_missing',
        severity: 'warning',
        values: { field: 'caption' },
      },
    ]);
    expect(canPublish(found)).toBe(true);
  });

  describe('theme contrast', () => {
    it('the default theme passes', () => {
      expect(problems([testBlock('text')])).toEqual([]);
    });

    it('grey text on white fails 4.5; a pale primary fails 3 for its white label', () => {
      const found = problems([testBlock('text')], context(), {
        text: '#999999',
        primary: '#fde68a',
      });
      expect(found).toEqual([
        {
          blockId: null,
          code: 'contrast_text',
          severity: 'error',
          values: { ratio: '2.84', required: 4.5 },
        },
        {
          blockId: null,
          code: 'contrast_button',
          severity: 'error',
          values: { ratio: '1.24', required: 3 },
        },
      ]);
      expect(canPublish(found)).toBe(false);
    });

    it('a ratio just under the threshold is not rounded up into passing', () => {
      // #767676 on white is 4.54: passes; #777777 is 4.48: fails, shown as 4.47, never 4.5.
      expect(problems([testBlock('text')], context(), { text: '#767676' })).toEqual([]);
      const found = problems([testBlock('text')], context(), { text: '#777777' });
      expect(found.map((p) => p.values)).toEqual([{ ratio: '4.47', required: 4.5 }]);
    });
  });

  it('groups problems by block, the page’s under null', () => {
    const block = testBlock('gallery');
    const byBlock = problemsByBlock(problems([block], context(), { text: '#ffffff' }));
    expect([...byBlock.keys()]).toEqual([null, block.id]);
    expect(byBlock.get(block.id)!.map((p) => p.code)).toEqual(['gallery_empty']);
  });

  it('every code the checks use is declared', () => {
    expect(new Set(problemCodes).size).toBe(problemCodes.length);
  });
});
