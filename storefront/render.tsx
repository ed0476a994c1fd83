/**
 * The storefront page as React: the one renderer of a document, used by the platform's server
 * (renderToString, platform/storefront) and the console's phone preview alike (an iframe whose
 * srcdoc is storefrontHtml's output), so the preview is what customers see. Plain elements and
 * the page's own stylesheet (styles.ts), no UI kit. Only the blocks visible at the data's moment
 * render, in the document's order; the shop's text is always React text, never markup.
 */
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Block } from '../domain/storefront/schema';
import { visibleBlocks } from '../domain/storefront/visibility';
import { BannerBlock } from './blocks/banner';
import { BookingBlock } from './blocks/booking';
import { GalleryBlock } from './blocks/gallery';
import { HeaderBlock } from './blocks/header';
import type { BlockProps } from './blocks/kit';
import { MenuBlock } from './blocks/menu';
import { NoticeBlock } from './blocks/notice';
import { OffersBlock } from './blocks/offers';
import { TextBlock } from './blocks/text';
import { otherLanguage, pageTranslator } from './i18n/page';
import { storefrontCss, themeCss } from './styles';
import type { RenderInput } from './types';

type Shared = Omit<BlockProps<'header'>, 'block'>;

function BlockView({
  block,
  shared,
  firstHeaderId,
  theme,
}: {
  block: Block;
  shared: Shared;
  firstHeaderId: string | undefined;
  theme: RenderInput['document']['theme'];
}): ReactElement | null {
  switch (block.type) {
    case 'header':
      return (
        <HeaderBlock
          {...shared}
          block={block}
          theme={theme}
          headingLevel={block.id === firstHeaderId ? 1 : 2}
        />
      );
    case 'notice':
      return <NoticeBlock {...shared} block={block} />;
    case 'menu':
      return <MenuBlock {...shared} block={block} />;
    case 'offers':
      return <OffersBlock {...shared} block={block} />;
    case 'booking':
      return <BookingBlock {...shared} block={block} />;
    case 'gallery':
      return <GalleryBlock {...shared} block={block} />;
    case 'text':
      return <TextBlock {...shared} block={block} />;
    case 'banner':
      return <BannerBlock {...shared} block={block} />;
  }
}

export interface StorefrontPageProps extends RenderInput {
  /**
   * The address of this page in the other language. The switch always renders (so the preview
   * and the served page look the same); without an address it does not navigate.
   */
  languageSwitchHref?: string | null;
}

export function StorefrontPage({
  document,
  data,
  context,
  languageSwitchHref = null,
}: StorefrontPageProps): ReactElement {
  const blocks = visibleBlocks(document.blocks, data);
  const t = pageTranslator(context.language);
  const shared: Shared = {
    data,
    context,
    t,
    shownIds: new Set(blocks.map((block) => block.id)),
  };
  const firstHeaderId = blocks.find((block) => block.type === 'header')?.id;
  const other = otherLanguage(context.language);
  return (
    <>
      <nav className="sf-bar" aria-label={t('page.nav')}>
        <a {...(context.links ? { href: context.links.me() } : {})}>{t('page.me')}</a>
        {/* The switch names the other language in that language, so it is marked as such. */}
        <a
          {...(languageSwitchHref === null ? {} : { href: languageSwitchHref })}
          lang={other}
          hrefLang={other}
        >
          {t('page.switchTo')}
        </a>
      </nav>
      <main className="sf-page">
        {firstHeaderId === undefined ? <h1 className="sf-vh">{data.shop.name}</h1> : null}
        {blocks.map((block) => (
          <BlockView
            key={block.id}
            block={block}
            shared={shared}
            firstHeaderId={firstHeaderId}
            theme={document.theme}
          />
        ))}
      </main>
    </>
  );
}

export interface StorefrontHtmlInput extends StorefrontPageProps {
  /** The document's title; the shop's name when not given. */
  title?: string;
  /** The page's small script, loaded with defer. */
  scriptSrc?: string | null;
  /** A CSP nonce for the inline stylesheet and the script. */
  nonce?: string | null;
}

/** The whole page as an HTML document: what the platform serves and the preview's frame shows. */
export function storefrontHtml(input: StorefrontHtmlInput): string {
  const body = renderToStaticMarkup(<StorefrontPage {...input} />);
  const lang = input.context.language;
  const nonce = input.nonce ? ` nonce="${escapeHtml(input.nonce)}"` : '';
  const script = input.scriptSrc
    ? `<script defer src="${escapeHtml(input.scriptSrc)}"${nonce}></script>`
    : '';
  const theme = input.document.theme;
  return (
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="theme-color" content="${escapeHtml(theme.primary)}">` +
    `<title>${escapeHtml(input.title ?? input.data.shop.name)}</title>` +
    `<style${nonce}>${themeCss(theme)}${storefrontCss}</style>${script}</head>` +
    `<body>${body}</body></html>`
  );
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
