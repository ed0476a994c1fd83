/** How the editor names a block in its list: its type, a line of its own text, when it shows. */
import type { TFunction } from 'i18next';
import type { Daypart } from '@domain/menu/schema';
import type { DraftBlock, PageText, Visibility } from '@domain/storefront/schema';
import { parseTextFormat, plainTextOf } from '@domain/storefront/text-format';
import { isAlwaysVisible } from '@domain/storefront/visibility';
import { localName } from '../../menu/display';

const textIn = (text: PageText, language: string) =>
  (language === 'en' ? text.en || text.zh : text.zh || text.en).trim();

/** A short line of the block's own words, or '' when it has none yet. */
export function blockSnippet(block: DraftBlock, language: string): string {
  const text = (() => {
    switch (block.type) {
      case 'notice':
        return textIn(block.text, language);
      case 'text':
        // The formatted text's words, without its marks (**, links' addresses).
        return plainTextOf(parseTextFormat(textIn(block.body, language).split('\n')[0] ?? ''));
      case 'banner':
        return textIn(block.headline, language);
      case 'header':
        return '';
      default:
        return textIn(block.title, language);
    }
  })();
  const line = text.split('\n')[0] ?? '';
  return line.length > 24 ? `${line.slice(0, 24)}…` : line;
}

/** The block's conditions in a few words ("仅早餐 · 仅周末"), or null when it always shows. */
export function visibilityMark(
  visibility: Visibility,
  dayparts: readonly Daypart[],
  t: TFunction,
  language: 'zh-CN' | 'en',
): string | null {
  if (isAlwaysVisible(visibility)) return null;
  const parts: string[] = [];
  if (visibility.dayparts.length > 0) {
    const names = visibility.dayparts.map((id) => {
      const daypart = dayparts.find((each) => each.id === id);
      return daypart ? localName(daypart.name, language) : t('editor.visibility.unknownDaypart');
    });
    parts.push(t('editor.visibility.only', { what: names.join(t('editor.visibility.or')) }));
  }
  if (visibility.days !== 'all')
    parts.push(
      t('editor.visibility.only', { what: t(`editor.visibility.days.${visibility.days}`) }),
    );
  if (visibility.from && visibility.until)
    parts.push(t('editor.visibility.between', { from: visibility.from, until: visibility.until }));
  else if (visibility.from) parts.push(t('editor.visibility.fromOnly', { from: visibility.from }));
  else if (visibility.until)
    parts.push(t('editor.visibility.untilOnly', { until: visibility.until }));
  return parts.join(' · ');
}
