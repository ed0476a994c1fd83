import { describe, expect, it } from 'vitest';
import { customerMessages } from './customer';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the customer pages’ texts', () => {
  it('has every text in both languages, none empty, with the same placeholders', () => {
    const zh = customerMessages['zh-CN'];
    const en = customerMessages.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh) as Array<keyof typeof zh>) {
      expect(zh[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });
});
