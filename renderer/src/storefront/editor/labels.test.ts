import { describe, expect, it } from 'vitest';
import { blockSnippet } from './labels';
import { newBlock } from './blocks';

describe('blockSnippet', () => {
  it('shows a text block’s words without its marks, in the language asked, first line only', () => {
    const block = {
      ...newBlock('text', 'a', 0),
      body: { zh: '老王黄焖鸡，**二十年**老店。\n第二行', en: 'See [our map](https://x.cn)' },
    };
    expect(blockSnippet(block, 'zh-CN')).toBe('老王黄焖鸡，二十年老店。');
    expect(blockSnippet(block, 'en')).toBe('See our map');
  });

  it('cuts a long line with an ellipsis', () => {
    const block = { ...newBlock('notice', 'a', 0), text: { zh: '字'.repeat(30), en: '' } };
    expect(blockSnippet(block, 'zh-CN')).toBe(`${'字'.repeat(24)}…`);
  });
});
