/**
 * The storefront page as React: the one renderer of a document, used by the platform's server
 * (renderToString, platform/storefront) and the console's phone preview alike, so the preview is
 * what customers see. Plain elements and the page's own stylesheet (styles.ts), no UI kit.
 */
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { visibleBlocks } from '../domain/storefront/visibility';
import type { RenderInput } from './types';

export function StorefrontPage({ document, data, context }: RenderInput): ReactElement {
  const blocks = visibleBlocks(document.blocks, data);
  return (
    <main className="sf-page" lang={context.language}>
      {blocks.map((block) => (
        <section key={block.id} id={`block-${block.id}`} data-block={block.type}>
          {block.type === 'header' ? <h1>{data.shop.name}</h1> : null}
        </section>
      ))}
    </main>
  );
}

/** The whole page as an HTML document: what the platform serves and the preview's frame shows. */
export function storefrontHtml(input: RenderInput & { title: string }): string {
  const body = renderToStaticMarkup(<StorefrontPage {...input} />);
  const lang = input.context.language;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(input.title)}</title></head><body>${body}</body></html>`;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
