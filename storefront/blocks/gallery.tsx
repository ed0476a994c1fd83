/** Photos in a two-column grid, each with its caption (also its alt text) in the page's language. */
import type { ReactElement } from 'react';
import { pageTextIn } from '../i18n/page';
import { BlockSection, BlockTitle, PageImage, titleText, type BlockProps } from './kit';

export function GalleryBlock({ block, context, t }: BlockProps<'gallery'>): ReactElement | null {
  if (block.photos.length === 0) return null;
  const language = context.language;
  return (
    <BlockSection block={block}>
      <BlockTitle blockId={block.id} text={titleText(block.title, language, t('gallery.title'))} />
      <ul className="sf-gallery">
        {block.photos.map((photo, index) => {
          const caption = pageTextIn(photo.caption, language).trim();
          return (
            <li key={`${photo.hash}-${index}`}>
              <figure>
                <PageImage
                  context={context}
                  hash={photo.hash}
                  size="full"
                  width={480}
                  height={480}
                  alt={caption || t('gallery.photo', { n: index + 1 })}
                />
                {caption ? <figcaption aria-hidden="true">{caption}</figcaption> : null}
              </figure>
            </li>
          );
        })}
      </ul>
    </BlockSection>
  );
}
