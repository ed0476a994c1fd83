import { describe, expect, it } from 'vitest';
import { languageSchema } from '@domain/ipc-contract';
import { shellStringsByLanguage } from './index';

describe('shell strings', () => {
  const reference = Object.keys(shellStringsByLanguage['zh-CN']).sort();
  const others = languageSchema.options.filter((language) => language !== 'zh-CN');

  it('covers more than the default language', () => {
    expect(others.length).toBeGreaterThan(0);
  });

  it.each(others)('%s has exactly the keys of the default language', (language) => {
    expect(Object.keys(shellStringsByLanguage[language]).sort()).toEqual(reference);
  });

  it.each(languageSchema.options)('%s has no empty string', (language) => {
    for (const [key, text] of Object.entries(shellStringsByLanguage[language])) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('the English menu is really English and the Chinese one Chinese', () => {
    expect(shellStringsByLanguage.en.menuEdit).toBe('Edit');
    expect(shellStringsByLanguage['zh-CN'].menuEdit).toBe('编辑');
  });
});
