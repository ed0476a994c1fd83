import { gzipSync } from 'node:zlib';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Block } from '../domain/storefront/schema';
import { pageMessages, priceText } from './i18n/page';
import { StorefrontPage, escapeHtml, storefrontHtml } from './render';
import { readableOn, storefrontCss, themeCss } from './styles';
import { fixedId, HASH, sampleBlock, sampleData, sampleInput } from './test-fixtures';

const blockIds = (html: string) =>
  [...html.matchAll(/<section id="block-([^"]+)"/g)].map((match) => match[1]);

const everyType = (): Block[] => [
  sampleBlock('header'),
  sampleBlock('notice'),
  sampleBlock('menu'),
  sampleBlock('offers'),
  sampleBlock('booking'),
  sampleBlock('gallery'),
  sampleBlock('text'),
  sampleBlock('banner'),
];

describe('StorefrontPage', () => {
  it('renders only the blocks visible at the moment, in the document order', () => {
    const breakfast = fixedId('d', 1);
    const always = sampleBlock('notice');
    const atBreakfast = sampleBlock('banner', {
      visibility: { dayparts: [breakfast], days: 'all', from: null, until: null },
    });
    const atDinner = sampleBlock('banner', {
      visibility: { dayparts: [fixedId('d', 2)], days: 'all', from: null, until: null },
    });
    const weekends = sampleBlock('text', {
      visibility: { dayparts: [], days: 'weekends', from: null, until: null },
    });
    const ended = sampleBlock('text', {
      visibility: { dayparts: [], days: 'all', from: null, until: '2026-12-06' },
    });
    const blocks = [atBreakfast, always, atDinner, weekends, ended];
    // 2026-12-07 is a Monday, at breakfast (fixtures' daypartsNow).
    const html = renderToStaticMarkup(<StorefrontPage {...sampleInput(blocks)} />);
    expect(blockIds(html)).toEqual([atBreakfast.id, always.id]);
    const dinner = sampleData({ daypartsNow: [{ id: fixedId('d', 2), startDate: '2026-12-07' }] });
    const later = renderToStaticMarkup(
      <StorefrontPage {...sampleInput(blocks, { data: dinner })} />,
    );
    expect(blockIds(later)).toEqual([always.id, atDinner.id]);
  });

  it("keeps the shop's text as text: a name or notice with <script> is escaped", () => {
    const data = sampleData();
    data.shop.name = '<script>alert("x")</script>老王';
    data.shop.address = '"><img src=x onerror=alert(1)>';
    const notice = sampleBlock('notice', { text: { zh: '<b>粗</b>&<i>', en: '' } });
    const html = storefrontHtml({ ...sampleInput([sampleBlock('header'), notice], { data }) });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>粗');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;老王');
    expect(html).toContain('&lt;b&gt;粗&lt;/b&gt;&amp;&lt;i&gt;');
    expect(html).toContain('<title>&lt;script&gt;');
  });

  it('uses English where the shop wrote it and falls back to Chinese where not', () => {
    const menu = sampleBlock('menu', { title: { zh: '菜单推荐', en: '' } });
    const offers = sampleBlock('offers');
    const notice = sampleBlock('notice', { text: { zh: '今日停水', en: '  ' } });
    const html = renderToStaticMarkup(
      <StorefrontPage
        {...sampleInput([sampleBlock('header'), menu, offers, notice], { language: 'en' })}
      />,
    );
    expect(html).toContain('Open today');
    expect(html).toContain('菜单推荐');
    expect(html).toContain('Braised Chicken Rice');
    expect(html).toContain('重庆小面'); // no English name
    expect(html).toContain('Sold out');
    expect(html).toContain('from ¥6');
    expect(html).toContain('Deals');
    expect(html).toContain('Set meal for two');
    expect(html).toContain('三人拼团'); // '' English title
    expect(html).toContain('Group of 3');
    expect(html).toContain('今日停水');
    expect(html).toContain('lang="zh-CN" hrefLang="zh-CN">中文</a>');
  });

  it('has one h1: the first header, or a hidden one with the shop name when there is no header', () => {
    const two = renderToStaticMarkup(
      <StorefrontPage {...sampleInput([sampleBlock('header'), sampleBlock('header')])} />,
    );
    expect(two.match(/<h1/g)).toHaveLength(1);
    expect(two.match(/<h2[^>]*class="sf-name/g)).toHaveLength(1);
    const none = renderToStaticMarkup(<StorefrontPage {...sampleInput([sampleBlock('text')])} />);
    expect(none).toContain('<h1 class="sf-vh">老王黄焖鸡米饭</h1>');
  });

  it('names every block section by its heading or a label', () => {
    const html = renderToStaticMarkup(<StorefrontPage {...sampleInput(everyType())} />);
    const sections = [...html.matchAll(/<section [^>]*>/g)].map((match) => match[0]);
    expect(sections).toHaveLength(8);
    for (const section of sections) {
      expect(section).toMatch(/data-block="\w+"/);
      const labelledBy = /aria-labelledby="([^"]+)"/.exec(section)?.[1];
      if (labelledBy) expect(html).toContain(`id="${labelledBy}"`);
      else expect(section).toMatch(/aria-label="[^"]+"/);
    }
    for (const img of html.match(/<img [^>]*>/g) ?? []) {
      expect(img).toMatch(/ alt="[^"]*"/);
      expect(img).toContain('loading="lazy"');
      expect(img).toMatch(/ width="\d+" height="\d+"/);
    }
  });
});

describe('storefrontHtml', () => {
  it('is a whole document: language, viewport, the theme and sheet inline, the deferred script and the switch', () => {
    const input = sampleInput([sampleBlock('header')], { language: 'en' });
    input.document.theme = { ...input.document.theme, primary: '#123456', corner: 'pill' };
    const html = storefrontHtml({
      ...input,
      title: 'Lao Wang',
      scriptSrc: '/s/lao-wang/page.js?v="1"',
      languageSwitchHref: '/s/lao-wang?lang=zh-CN',
      nonce: 'abc',
    });
    expect(html.startsWith('<!doctype html><html lang="en">')).toBe(true);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<title>Lao Wang</title>');
    expect(html).toContain(
      '<style nonce="abc">:root{--sf-primary:#123456;--sf-on-primary:#ffffff;',
    );
    expect(html).toContain('--sf-btn-radius:999px');
    expect(html).toContain(
      '<script defer src="/s/lao-wang/page.js?v=&quot;1&quot;" nonce="abc"></script>',
    );
    expect(html).toContain(
      '<a href="/s/lao-wang?lang=zh-CN" lang="zh-CN" hrefLang="zh-CN">中文</a>',
    );
    expect(storefrontHtml(sampleInput([]))).not.toContain('<script');
  });

  it('keeps the served page and its script well under 100 KB gzipped, even at the limits', () => {
    // A heavy page: 40 blocks, a menu of 100 items in 10 categories with photos, 30 offers.
    const data = sampleData();
    data.menu.categories = Array.from({ length: 10 }, (_, c) => ({
      id: fixedId('c', c + 10),
      name: { zh: `分类${c}`, en: `Category ${c}` },
      items: Array.from({ length: 10 }, (_, i) => ({
        id: fixedId('i', c * 10 + i + 10),
        name: { zh: `招牌菜品第${c}${i}号`, en: `Signature dish ${c}${i}` },
        description: { zh: '精选食材，现点现做，口味鲜香', en: 'Fresh, made to order' },
        priceFen: 1000 + c * 100 + i,
        listPriceFen: 2000,
        soldOut: i % 4 === 0,
        photo: HASH(c * 10 + i),
      })),
    }));
    data.offers = Array.from({ length: 30 }, (_, n) => ({
      id: fixedId('o', n + 10),
      title: { zh: `超值套餐${n}`, en: `Value set ${n}` },
      priceFen: 5800,
      originalPriceFen: 8800,
      groupSize: 2,
      cover: HASH(n),
      saleEndsAt: null,
    }));
    const blocks: Block[] = [
      sampleBlock('header'),
      sampleBlock('menu'),
      sampleBlock('offers', { limit: 30 }),
      ...Array.from({ length: 37 }, (_, n) =>
        n % 2 === 0
          ? sampleBlock('text', { body: { zh: '欢迎光临**本店**，'.repeat(40), en: '' } })
          : sampleBlock('gallery'),
      ),
    ];
    const html = storefrontHtml({ ...sampleInput(blocks, { data }), scriptSrc: '/page.js' });
    const gzipped = gzipSync(html).length;
    const typical = gzipSync(storefrontHtml(sampleInput(everyType()))).length;
    console.info(
      `storefront page size: heavy ${html.length} B raw / ${gzipped} B gzipped; ` +
        `typical (8 blocks) ${typical} B gzipped; stylesheet ${storefrontCss.length} B raw`,
    );
    // The script (a separate file) is budgeted by the platform's bench; the HTML keeps 60 KB of room.
    expect(gzipped).toBeLessThan(40_000);
    expect(typical).toBeLessThan(8_000);
  });
});

describe('page texts and helpers', () => {
  it('has every text in both languages, none empty', () => {
    const zh = pageMessages['zh-CN'];
    const en = pageMessages.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, text] of [...Object.entries(zh), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('writes fen as yuan', () => {
    expect(priceText(0)).toBe('¥0');
    expect(priceText(8800)).toBe('¥88');
    expect(priceText(1850)).toBe('¥18.50');
    expect(priceText(5)).toBe('¥0.05');
    expect(priceText(123_456_789)).toBe('¥1,234,567.89');
    expect(() => priceText(1.5)).toThrow(RangeError);
  });

  it('puts black or white on the primary colour, whichever reads better, and ignores bad colours', () => {
    expect(readableOn('#ffffff')).toBe('#000000');
    expect(readableOn('#c2410c')).toBe('#ffffff');
    const css = themeCss({ ...sampleInput([]).document.theme, primary: 'red;}body{x:y' });
    expect(css).toContain('--sf-primary:#c2410c');
    expect(escapeHtml(`<a href="x">'&`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
  });
});
