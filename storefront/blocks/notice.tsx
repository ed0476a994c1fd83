/** A short notice in the shop's words, as information or as a warning (shown in the theme's primary colour). */
import type { ReactElement } from 'react';
import { pageTextIn } from '../i18n/page';
import { BlockSection, type BlockProps } from './kit';

export function NoticeBlock({ block, context, t }: BlockProps<'notice'>): ReactElement | null {
  const text = pageTextIn(block.text, context.language).trim();
  if (text === '') return null;
  const warning = block.tone === 'warning';
  return (
    <BlockSection
      block={block}
      className="sf-notice"
      label={t(warning ? 'notice.warningLabel' : 'notice.label')}
      extra={{ 'data-tone': block.tone }}
    >
      <p>{text}</p>
    </BlockSection>
  );
}
