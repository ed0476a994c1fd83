import { describe, expect, it } from 'vitest';
import { siteMessages } from '../../storefront/i18n/site';
import { sitePage, withChrome } from './pages';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the platform’s own storefront pages', () => {
  it('have every text in both languages, with the same placeholders', () => {
    for (const [key, zh] of Object.entries(siteMessages['zh-CN'])) {
      const en = siteMessages.en[key as keyof typeof siteMessages.en];
      expect(zh.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      expect(placeholders(en), key).toEqual(placeholders(zh));
    }
  });

  it('escape what they show and put the chrome first in the body', () => {
    const page = sitePage('tooMany', 'en', { seconds: '<b>5</b>' });
    expect(page).toContain('&lt;b&gt;5&lt;/b&gt;');
    expect(page).not.toContain('<b>5</b>');
    expect(withChrome('<html><body><main></main></body></html>', '<nav></nav>')).toBe(
      '<html><body><nav></nav><main></main></body></html>',
    );
  });
});
