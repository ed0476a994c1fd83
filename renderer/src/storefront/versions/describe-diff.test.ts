import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '@domain/storefront/diff';
import {
  STOREFRONT_SCHEMA_VERSION,
  alwaysVisible,
  defaultTheme,
  type Block,
  type StorefrontDocument,
} from '@domain/storefront/schema';
import { resources } from '../../i18n/resources';
import { describeDiff, visibilityInWords, type Translate } from './describe-diff';

async function translator(lng: 'zh-CN' | 'en'): Promise<Translate> {
  const i18n = createInstance();
  await i18n.init({
    resources,
    lng,
    ns: Object.keys(resources['zh-CN']),
    interpolation: { escapeValue: false },
  });
  return i18n.getFixedT(lng, 'storefront') as unknown as Translate;
}

const notice: Block = {
  id: 'b-notice',
  type: 'notice',
  visibility: alwaysVisible(),
  text: { zh: '今日休息', en: 'Closed today' },
  tone: 'info',
};
const header: Block = {
  id: 'b-header',
  type: 'header',
  visibility: alwaysVisible(),
  showHours: true,
  showAddress: true,
  showPhone: false,
};
const banner: Block = {
  id: 'b-banner',
  type: 'banner',
  visibility: alwaysVisible(),
  image: null,
  alt: { zh: '', en: '' },
  headline: { zh: '早餐', en: 'Breakfast' },
  target: 'b-notice',
};
const text: Block = {
  id: 'b-text',
  type: 'text',
  visibility: alwaysVisible(),
  body: { zh: '欢迎', en: 'Welcome' },
};

const doc = (blocks: Block[], theme = defaultTheme()): StorefrontDocument => ({
  schemaVersion: STOREFRONT_SCHEMA_VERSION,
  theme,
  blocks,
});

describe('the diff of two documents in words', () => {
  it('says nothing when both sides are the same', async () => {
    const t = await translator('en');
    const a = doc([header, notice]);
    const words = describeDiff(diffDocuments(a, a), a, a, t);
    expect(words.rows).toEqual([]);
  });

  it('names a changed text per language, with the block type and its position', async () => {
    const a = doc([header, notice]);
    const b = doc([header, { ...notice, text: { zh: '今日休息', en: 'Closed on Monday' } }]);
    const en = describeDiff(diffDocuments(a, b), a, b, await translator('en'));
    expect(en.rows).toHaveLength(1);
    expect(en.rows[0]!.heading).toBe('Notice (position 2)');
    expect(en.rows[0]!.statuses).toEqual(['changed']);
    expect(en.rows[0]!.lines).toEqual([
      {
        label: 'Notice text (English)',
        before: { kind: 'text', text: '“Closed today”' },
        after: { kind: 'text', text: '“Closed on Monday”' },
      },
    ]);
    const zh = describeDiff(diffDocuments(a, b), a, b, await translator('zh-CN'));
    expect(zh.rows[0]!.heading).toBe('公告（第 2 个）');
    expect(zh.rows[0]!.lines[0]!.label).toBe('公告内容（英文）');
  });

  it('words switches, choices, styles and visibility', async () => {
    const t = await translator('en');
    const a = doc([header, notice]);
    const b = doc([
      { ...header, showPhone: true },
      {
        ...notice,
        tone: 'warning',
        visibility: { dayparts: ['d1', 'd2'], days: 'weekends', from: '2026-12-01', until: null },
      },
    ]);
    const words = describeDiff(diffDocuments(a, b), a, b, t);
    expect(words.rows.map((row) => row.lines)).toEqual([
      [
        {
          label: 'Show phone',
          before: { kind: 'text', text: 'hidden' },
          after: { kind: 'text', text: 'shown' },
        },
      ],
      [
        {
          label: 'When it shows',
          before: { kind: 'text', text: 'always' },
          after: { kind: 'text', text: 'weekends, dayparts: 2, from 2026-12-01' },
        },
        {
          label: 'Notice style',
          before: { kind: 'text', text: 'information' },
          after: { kind: 'text', text: 'warning (prominent)' },
        },
      ],
    ]);
  });

  it('marks added, removed and moved blocks, and names a banner’s target by its type', async () => {
    const t = await translator('en');
    const a = doc([header, notice, text]);
    const b = doc([notice, header, banner]);
    const words = describeDiff(diffDocuments(a, b), a, b, t);
    const summary = words.rows.map((row) => [row.heading, row.statuses, row.moved]);
    expect(summary).toContainEqual([
      'Notice (position 1)',
      ['moved'],
      'Moved from position 2 to 1',
    ]);
    expect(summary).toContainEqual(['Text (position 3)', ['removed'], null]);
    expect(summary).toContainEqual(['Banner (position 3)', ['added'], null]);
    const added = words.rows.find((row) => row.statuses.includes('added'))!;
    expect(added.lines).toContainEqual({
      label: 'Tap goes to',
      before: null,
      after: { kind: 'text', text: 'the Notice block' },
    });
    expect(added.lines).toContainEqual({
      label: 'Headline (Chinese)',
      before: null,
      after: { kind: 'text', text: '“早餐”' },
    });
    // The empty image description says nothing about a new block.
    expect(added.lines.map((line) => line.label)).not.toContain('Image description (English)');
    const removed = words.rows.find((row) => row.statuses.includes('removed'))!;
    expect(removed.lines).toContainEqual({
      label: 'Text (English)',
      before: { kind: 'text', text: '“Welcome”' },
      after: null,
    });
    expect(words.summary).toBe('Blocks: 1 added, 1 removed, 1 moved, 0 changed; theme: 0 changed');
  });

  it('shows theme colours as swatches and other theme fields in words', async () => {
    const t = await translator('zh-CN');
    const a = doc([header]);
    const b = doc([header], {
      ...defaultTheme(),
      primary: '#0f766e',
      corner: 'pill',
      logo: 'a'.repeat(64),
    });
    const words = describeDiff(diffDocuments(a, b), a, b, t);
    expect(words.rows).toHaveLength(1);
    expect(words.rows[0]!.heading).toBe('主题');
    expect(words.rows[0]!.lines).toEqual([
      {
        label: '主色',
        before: { kind: 'colour', hex: '#c2410c' },
        after: { kind: 'colour', hex: '#0f766e' },
      },
      {
        label: '圆角',
        before: { kind: 'text', text: '圆角' },
        after: { kind: 'text', text: '大圆角' },
      },
      {
        label: '店标',
        before: { kind: 'text', text: '无' },
        after: { kind: 'text', text: '一张图片' },
      },
    ]);
  });
});

describe('visibility in words', () => {
  it('says "always" for no limits, and each limit otherwise', async () => {
    const zh = await translator('zh-CN');
    expect(visibilityInWords(alwaysVisible(), zh)).toBe('一直显示');
    expect(
      visibilityInWords({ dayparts: [], days: 'weekdays', from: null, until: '2026-12-31' }, zh),
    ).toBe('工作日，到 2026-12-31 止');
  });
});
