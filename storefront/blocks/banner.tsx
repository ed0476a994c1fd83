/**
 * An image banner with its headline; with a target it links to that block on the page
 * ('#block-<id>'), which works the same in the preview's frame and on the served page. A target
 * not on the page at the moment (hidden by its visibility, or deleted) makes no link.
 */
import type { ReactElement, ReactNode } from 'react';
import { pageTextIn } from '../i18n/page';
import { BlockSection, PageImage, titleId, type BlockProps } from './kit';

export function BannerBlock({
  block,
  context,
  t,
  shownIds,
}: BlockProps<'banner'>): ReactElement | null {
  const language = context.language;
  const headline = pageTextIn(block.headline, language).trim();
  const alt = pageTextIn(block.alt, language).trim();
  if (!block.image && !headline) return null;
  const content: ReactNode = (
    <>
      {block.image ? (
        <PageImage
          context={context}
          hash={block.image}
          size="full"
          width={750}
          height={375}
          alt={alt || (headline ? '' : t('banner.label'))}
        />
      ) : null}
      {headline ? (
        <h2 id={titleId(block.id)} className="sf-title">
          {headline}
        </h2>
      ) : null}
    </>
  );
  return (
    <BlockSection
      block={block}
      className="sf-block sf-banner"
      {...(headline ? {} : { label: alt || t('banner.label') })}
    >
      {block.target && shownIds.has(block.target) ? (
        <a className="sf-banner-link" href={`#block-${block.target}`}>
          {content}
        </a>
      ) : (
        content
      )}
    </BlockSection>
  );
}
