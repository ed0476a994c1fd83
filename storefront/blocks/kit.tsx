/**
 * What every block is made of: its props, its root section (an id the banner links to, its type,
 * and a name for assistive technology), its heading, images and links. A link whose target the
 * context cannot give (the preview passes no links) renders as the same element without an
 * address, so the preview looks the same and cannot navigate.
 */
import type { ReactElement, ReactNode } from 'react';
import type { StorefrontData } from '../../domain/storefront/page-data';
import type { BlockOf, BlockType } from '../../domain/storefront/schema';
import type { PageText } from '../../domain/storefront/schema';
import { pageTextIn, priceText, type PageTranslate } from '../i18n/page';
import type { PageLanguage } from '../types';
import type { RenderContext } from '../types';

export interface BlockProps<T extends BlockType> {
  block: BlockOf<T>;
  data: StorefrontData;
  context: RenderContext;
  t: PageTranslate;
  /** The ids of the blocks on the page at the moment (a banner links only to one of them). */
  shownIds: ReadonlySet<string>;
}

export const titleId = (blockId: string) => `block-${blockId}-title`;

/** The block's root: labelled by its heading, or by `label` when it has none. */
export function BlockSection({
  block,
  className = 'sf-block',
  label,
  extra,
  children,
}: {
  block: { id: string; type: BlockType };
  className?: string;
  /** An aria-label for a block without a heading; otherwise its heading (titleId) names it. */
  label?: string;
  extra?: Record<string, string>;
  children: ReactNode;
}): ReactElement {
  const naming =
    label === undefined ? { 'aria-labelledby': titleId(block.id) } : { 'aria-label': label };
  return (
    <section
      id={`block-${block.id}`}
      className={className}
      data-block={block.type}
      {...naming}
      {...extra}
    >
      {children}
    </section>
  );
}

/** A block's title in the page's language, or the page's own word for the block when it has none. */
export function titleText(title: PageText, language: PageLanguage, fallback: string): string {
  return pageTextIn(title, language).trim() || fallback;
}

export function BlockTitle({ blockId, text }: { blockId: string; text: string }): ReactElement {
  return (
    <h2 id={titleId(blockId)} className="sf-title">
      {text}
    </h2>
  );
}

/** An image by its hash at a fixed intrinsic size (CSS fits it), loaded when near the view. */
export function PageImage({
  context,
  hash,
  size,
  width,
  height,
  alt,
  className,
}: {
  context: RenderContext;
  hash: string;
  size: 'thumb' | 'full';
  width: number;
  height: number;
  alt: string;
  className?: string;
}): ReactElement {
  return (
    <img
      src={context.imageUrl(hash, size)}
      alt={alt}
      width={width}
      height={height}
      loading="lazy"
      decoding="async"
      className={className}
    />
  );
}

/** A link to one of the page's own pages, or the same element without an address (preview). */
export function PageLink({
  href,
  className = 'sf-btn',
  children,
}: {
  href: string | null;
  className?: string;
  children: ReactNode;
}): ReactElement {
  return href === null ? (
    <a className={className}>{children}</a>
  ) : (
    <a className={className} href={href}>
      {children}
    </a>
  );
}

/** A price, with the struck original price when it is higher; both read as words too. */
export function Price({
  priceFen,
  originalPriceFen,
  text,
  t,
}: {
  priceFen: number;
  originalPriceFen?: number | null;
  /** The price as written (e.g. '¥25 起'); defaults to the plain price. */
  text: string;
  t: PageTranslate;
}): ReactElement {
  const struck = originalPriceFen != null && originalPriceFen > priceFen;
  return (
    <span>
      {struck ? <span className="sf-vh">{t('price.now')} </span> : null}
      <span className="sf-price">{text}</span>
      {struck ? (
        <s className="sf-was">
          <span className="sf-vh">{t('price.original')} </span>
          {priceText(originalPriceFen)}
        </s>
      ) : null}
    </span>
  );
}
