import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StorefrontPage } from '../render';
import { fixedId, HASH, sampleBlock, sampleData, sampleInput } from '../test-fixtures';
import type { Block } from '../../domain/storefront/schema';
import type { PageLanguage } from '../types';

const render = (
  blocks: Block[],
  options: Parameters<typeof sampleInput>[1] & { language?: PageLanguage } = {},
) => renderToStaticMarkup(<StorefrontPage {...sampleInput(blocks, options)} />);

/** The markup of one block's section. */
function sectionOf(html: string, blockId: string): string {
  const start = html.indexOf(`<section id="block-${blockId}"`);
  expect(start, `block ${blockId} rendered`).toBeGreaterThanOrEqual(0);
  // Blocks do not nest sections, so the first closing tag after the start ends it.
  return html.slice(start, html.indexOf('</section>', start) + '</section>'.length);
}

describe('header block', () => {
  it("shows the shop's name as the one h1, today's hours, the address with a map link and a tel: link", () => {
    const header = sampleBlock('header');
    const html = sectionOf(render([header]), header.id);
    expect(html).toContain(`data-block="header"`);
    expect(html).toContain(`aria-labelledby="block-${header.id}-title"`);
    expect(html).toMatch(/<h1 id="block-[^"]+-title"[^>]*>老王黄焖鸡米饭<\/h1>/);
    expect(html).toContain('今日营业');
    expect(html).toContain('10:00–14:00, 17:00–21:30');
    expect(html).toContain(
      `href="https://uri.amap.com/search?keyword=${encodeURIComponent('上海市徐汇区漕溪北路 88 号')}"`,
    );
    expect(html).toContain('href="tel:02164681234"');
  });

  it('says closed today, and leaves out what its flags turn off', () => {
    const header = sampleBlock('header', { showAddress: false, showPhone: false });
    const data = sampleData();
    data.shop.hoursToday = [];
    const html = sectionOf(render([header], { data }), header.id);
    expect(html).toContain('今日休息');
    expect(html).not.toContain('今日营业');
    expect(html).not.toContain('amap');
    expect(html).not.toContain('tel:');
    const bare = sampleBlock('header', { showHours: false, showAddress: false, showPhone: false });
    expect(sectionOf(render([bare], { data }), bare.id)).not.toContain('<address');
  });

  it("shows the theme's cover and logo as lazy images with sizes and alt text", () => {
    const header = sampleBlock('header');
    const input = sampleInput([header]);
    input.document.theme = { ...input.document.theme, logo: HASH(7), cover: HASH(8) };
    const html = renderToStaticMarkup(<StorefrontPage {...input} />);
    expect(html).toContain(
      `<img src="/media/${HASH(8)}?size=full" alt="" width="750" height="300" loading="lazy" decoding="async" class="sf-cover"/>`,
    );
    expect(html).toContain(`src="/media/${HASH(7)}?size=thumb" alt="老王黄焖鸡米饭 标志"`);
  });
});

describe('notice block', () => {
  it('shows its text with its tone, named for assistive technology', () => {
    const info = sampleBlock('notice');
    const warning = sampleBlock('notice', { tone: 'warning', text: { zh: '今日停水', en: '' } });
    const html = render([info, warning]);
    expect(sectionOf(html, info.id)).toMatch(
      /aria-label="公告" data-tone="info"><p>本周日店休<\/p>/,
    );
    expect(sectionOf(html, warning.id)).toContain('data-tone="warning"');
    expect(sectionOf(html, warning.id)).toContain('今日停水');
  });

  it('renders nothing when it has no text', () => {
    const empty = sampleBlock('notice', { text: { zh: ' ', en: '' } });
    expect(render([empty])).not.toContain(`block-${empty.id}`);
  });
});

describe('menu block', () => {
  it('shows the whole menu on sale with prices, struck list prices, from-prices, sold-out and photos', () => {
    const menu = sampleBlock('menu');
    const html = sectionOf(render([menu]), menu.id);
    expect(html).toMatch(/<h2 id="block-[^"]+-title" class="sf-title">菜单<\/h2>/);
    expect(html).toContain('<h3 class="sf-sub">主食</h3>');
    expect(html).toContain('<h3 class="sf-sub">饮品</h3>');
    expect(html).toContain('<span class="sf-price">¥25</span>');
    expect(html).toContain('<span class="sf-vh">原价 </span>¥28</s>');
    expect(html).toContain('¥18.50');
    expect(html).toContain('¥6 起');
    expect(html).toMatch(
      /<li class="sf-row sf-item" data-sold-out="">(?:(?!<\/li>).)*重庆小面(?:(?!<\/li>).)*已售罄/,
    );
    expect(html).toContain(
      `src="/media/${HASH(1)}?size=thumb" alt="黄焖鸡米饭" width="144" height="144"`,
    );
  });

  it('shows only the chosen categories and items, and no photos when asked not to', () => {
    const menu = sampleBlock('menu', {
      categoryIds: [fixedId('c', 2)],
      itemIds: [fixedId('i', 2)],
      showPhotos: false,
      title: { zh: '今日推荐', en: '' },
    });
    const html = sectionOf(render([menu]), menu.id);
    expect(html).toContain('今日推荐');
    expect(html).toContain('重庆小面');
    expect(html).toContain('酸梅汤');
    expect(html).not.toContain('黄焖鸡米饭');
    expect(html).not.toContain('<img');
  });

  it('says so when nothing is on sale', () => {
    const menu = sampleBlock('menu');
    const html = render([menu], { data: sampleData({ menu: { categories: [] } }) });
    expect(sectionOf(html, menu.id)).toContain('现在暂无可售菜品');
  });
});

describe('offers block', () => {
  it('lists offers on sale with price, struck original price, group size and a buy link', () => {
    const offers = sampleBlock('offers');
    const html = sectionOf(render([offers]), offers.id);
    expect(html).toContain('团购优惠');
    expect(html).toContain('<h3 class="sf-sub">双人套餐</h3>');
    expect(html).toContain('<span class="sf-price">¥88</span>');
    expect(html).toContain('¥128</s>');
    expect(html).toContain('3 人成团');
    expect(html).toContain(
      `<a class="sf-btn" href="/s/lao-wang/offers/${fixedId('o', 1)}">立即抢购<span class="sf-vh"> 双人套餐</span></a>`,
    );
    // The same original price as the price is not struck through.
    const second = html.slice(html.indexOf('三人拼团'));
    expect(second.slice(0, second.indexOf('</li>'))).not.toContain('<s ');
  });

  it('keeps the chosen order, leaves out offers no longer on sale, and honours the limit', () => {
    const chosen = sampleBlock('offers', {
      offerIds: [fixedId('o', 2), fixedId('o', 9), fixedId('o', 1)],
    });
    const html = sectionOf(render([chosen]), chosen.id);
    expect(html.indexOf('三人拼团')).toBeLessThan(html.indexOf('双人套餐'));
    const limited = sampleBlock('offers', { limit: 1 });
    const one = sectionOf(render([limited]), limited.id);
    expect(one).toContain('双人套餐');
    expect(one).not.toContain('三人拼团');
  });

  it('says so when there is no offer on sale', () => {
    const offers = sampleBlock('offers');
    expect(sectionOf(render([offers], { data: sampleData({ offers: [] }) }), offers.id)).toContain(
      '现在暂无可购买的团购',
    );
  });
});

describe('booking block', () => {
  it('offers a table with the party sizes as one link to book(null)', () => {
    const booking = sampleBlock('booking');
    const html = sectionOf(render([booking]), booking.id);
    expect(html).toContain('可预约 1–12 人');
    expect(html).toContain('<a class="sf-btn" href="/s/lao-wang/book">预约订座</a>');
  });

  it('offers each chosen service its own link', () => {
    const services = [
      { id: fixedId('s', 1), name: { zh: '剪发', en: 'Cut' }, durationMin: 45, priceFen: 8000 },
      { id: fixedId('s', 2), name: { zh: '染发', en: 'Colour' }, durationMin: 120, priceFen: null },
    ];
    const data = sampleData({
      booking: { mode: 'service', partySizes: { min: 1, max: 1 }, services },
    });
    const booking = sampleBlock('booking', { serviceIds: [fixedId('s', 1)] });
    const html = sectionOf(render([booking], { data }), booking.id);
    expect(html).toContain('剪发');
    expect(html).toContain('45 分钟 · ¥80');
    expect(html).toContain(`href="/s/lao-wang/book?service=${fixedId('s', 1)}"`);
    expect(html).not.toContain('染发');
    const all = sampleBlock('booking');
    expect(sectionOf(render([all], { data }), all.id)).toContain('120 分钟</p>');
  });

  it('says politely there is nothing to book, with no button', () => {
    const booking = sampleBlock('booking');
    const data = sampleData({
      booking: { mode: 'none', partySizes: { min: 1, max: 1 }, services: [] },
    });
    const html = sectionOf(render([booking], { data }), booking.id);
    expect(html).toContain('本店暂未开放在线预约');
    expect(html).not.toContain('sf-btn');
  });
});

describe('gallery block', () => {
  it('shows photos with captions as alt text, numbered when a caption is missing', () => {
    const gallery = sampleBlock('gallery');
    const html = sectionOf(render([gallery]), gallery.id);
    expect(html).toContain('店内环境');
    expect(html).toContain(`src="/media/${HASH(3)}?size=full" alt="大堂"`);
    expect(html).toContain('<figcaption aria-hidden="true">大堂</figcaption>');
    expect(html).toContain(`src="/media/${HASH(4)}?size=full" alt="照片 2"`);
  });

  it('renders nothing without photos', () => {
    const gallery = sampleBlock('gallery', { photos: [] });
    expect(render([gallery])).not.toContain(gallery.id);
  });
});

describe('text block', () => {
  it('renders the formatted text as elements, links only where safe', () => {
    const text = sampleBlock('text', {
      body: {
        zh: '欢迎**光临**\n\n- [电话](tel:021-64681234)\n- [坏](javascript:alert(1))',
        en: '',
      },
    });
    const html = sectionOf(render([text]), text.id);
    expect(html).toContain('aria-label="店铺介绍"');
    expect(html).toContain('<p>欢迎<strong>光临</strong></p>');
    expect(html).toContain(
      '<a href="tel:021-64681234" rel="noopener noreferrer nofollow">电话</a>',
    );
    expect(html).toContain('<li>[坏](javascript:alert(1))</li>');
    expect(html).not.toContain('href="javascript');
  });
});

describe('banner block', () => {
  it('shows its image and headline, linking to its target block when that is on the page', () => {
    const menu = sampleBlock('menu');
    const banner = sampleBlock('banner', { target: menu.id });
    const html = sectionOf(render([banner, menu]), banner.id);
    expect(html).toContain(`<a class="sf-banner-link" href="#block-${menu.id}">`);
    expect(html).toContain(`alt="早餐套餐" width="750" height="375"`);
    expect(html).toMatch(/<h2 id="block-[^"]+-title" class="sf-title">早餐 8 折<\/h2>/);
  });

  it('makes no link when the target is not on the page', () => {
    const hidden = sampleBlock('menu', {
      visibility: { dayparts: [fixedId('d', 9)], days: 'all', from: null, until: null },
    });
    const banner = sampleBlock('banner', { target: hidden.id });
    const html = render([banner, hidden]);
    expect(html).not.toContain(`href="#block-${hidden.id}"`);
    expect(html).not.toContain(`id="block-${hidden.id}"`);
  });
});

describe('links in the preview', () => {
  it('renders the same elements without addresses when the context gives no links', () => {
    const offers = sampleBlock('offers');
    const booking = sampleBlock('booking');
    const html = render([offers, booking], { withLinks: false });
    expect(html).toContain('<a class="sf-btn">立即抢购<span class="sf-vh"> 双人套餐</span></a>');
    expect(html).toContain('<a class="sf-btn">预约订座</a>');
    expect(html).not.toContain('/s/lao-wang');
  });
});
