import { describe, expect, it } from 'vitest';
import { parseInline, parseTextFormat, plainTextOf, safeHref } from './text-format';

describe('parseTextFormat', () => {
  it('reads paragraphs, line breaks, bold, italic and lists as a plain tree', () => {
    const source = '欢迎光临**老王**！\n*每日*新鲜\n\n- 免费 Wi-Fi\n- 可刷**医保**卡\n结束';
    expect(parseTextFormat(source)).toEqual([
      {
        kind: 'paragraph',
        children: [
          { kind: 'text', text: '欢迎光临' },
          { kind: 'bold', children: [{ kind: 'text', text: '老王' }] },
          { kind: 'text', text: '！' },
          { kind: 'break' },
          { kind: 'italic', children: [{ kind: 'text', text: '每日' }] },
          { kind: 'text', text: '新鲜' },
        ],
      },
      {
        kind: 'list',
        items: [
          [{ kind: 'text', text: '免费 Wi-Fi' }],
          [
            { kind: 'text', text: '可刷' },
            { kind: 'bold', children: [{ kind: 'text', text: '医保' }] },
            { kind: 'text', text: '卡' },
          ],
        ],
      },
      { kind: 'paragraph', children: [{ kind: 'text', text: '结束' }] },
    ]);
  });

  it('gives nothing for blank text and keeps Windows line ends as breaks', () => {
    expect(parseTextFormat('  \n\n ')).toEqual([]);
    expect(parseTextFormat('a\r\nb')).toEqual([
      {
        kind: 'paragraph',
        children: [{ kind: 'text', text: 'a' }, { kind: 'break' }, { kind: 'text', text: 'b' }],
      },
    ]);
  });

  it('makes https and tel links, with marks inside the label', () => {
    expect(
      parseInline('订座请[**打电话**](tel:021-6468 1234)或[看地图](https://uri.amap.com/x?a=1)'),
    ).toEqual([
      { kind: 'text', text: '订座请' },
      {
        kind: 'link',
        href: 'tel:021-64681234',
        children: [{ kind: 'bold', children: [{ kind: 'text', text: '打电话' }] }],
      },
      { kind: 'text', text: '或' },
      {
        kind: 'link',
        href: 'https://uri.amap.com/x?a=1',
        children: [{ kind: 'text', text: '看地图' }],
      },
    ]);
  });

  it('leaves unsafe links as the plain text typed', () => {
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>',
      'http://example.com',
      '//evil.example',
      '/s/other',
      'https://',
      'https://a.example/"onmouseover="x',
      'vbscript:msgbox',
      'tel:abc',
    ]) {
      const source = `[点我](${href})`;
      const nodes = parseInline(source);
      expect(
        nodes.some((node) => node.kind === 'link'),
        href,
      ).toBe(false);
      expect(plainTextOf(nodes), href).toBe(source.trim());
    }
  });

  it('keeps unclosed or empty marks as text', () => {
    expect(parseInline('**不闭合')).toEqual([{ kind: 'text', text: '**不闭合' }]);
    expect(parseInline('5 * 3 = 15')).toEqual([{ kind: 'text', text: '5 * 3 = 15' }]);
    expect(parseInline('****')).toEqual([{ kind: 'text', text: '****' }]);
    expect(parseInline('[无链接]')).toEqual([{ kind: 'text', text: '[无链接]' }]);
    expect(parseInline('<script>alert(1)</script>')).toEqual([
      { kind: 'text', text: '<script>alert(1)</script>' },
    ]);
  });
});

describe('safeHref', () => {
  it('allows https addresses and phone numbers only', () => {
    expect(safeHref(' https://example.com/a ')).toBe('https://example.com/a');
    expect(safeHref('tel:+86 138 1234 1234')).toBe('tel:+8613812341234');
    expect(safeHref('javascript:void(0)')).toBeNull();
    expect(safeHref('mailto:a@b.c')).toBeNull();
  });
});

describe('plainTextOf', () => {
  it('joins the text without marks', () => {
    expect(plainTextOf(parseTextFormat('**A** b\n\n- c\n- [d](https://x.example)'))).toBe(
      'A b c d',
    );
  });
});
