/**
 * The HTML the platform writes around the shop's page: the language switch, the draft preview's
 * banner, the pages for an unknown shop, nothing published, a refused preview link, too many
 * requests or an error (each in the request's language, never a stack trace), and the printable
 * QR poster. All of it is static HTML with one small inline stylesheet: the pages' CSP allows
 * the platform's own origin and inline style only.
 */
import QRCode from 'qrcode';
import { translator } from '../../storefront/i18n/define';
import { siteMessages } from '../../storefront/i18n/site';
import { escapeHtml } from '../../storefront/render';
import type { PageLanguage } from '../../storefront/types';

export const PAGE_CSP = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "script-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

export const otherLanguage = (language: PageLanguage): PageLanguage =>
  language === 'en' ? 'zh-CN' : 'en';

const siteStyle = `.sf-site-bar{display:flex;justify-content:flex-end;gap:8px;padding:6px 12px;font:14px/1.4 system-ui,sans-serif}.sf-site-bar a{color:inherit}.sf-preview-banner{background:#fef3c7;color:#78350f;padding:8px 12px;font:14px/1.4 system-ui,sans-serif;text-align:center}`;

/** The language switch, and for a preview its banner, put at the top of the page's body. */
export function siteChrome(options: {
  language: PageLanguage;
  switchHref: string;
  previewExpires?: string;
}): string {
  const t = translator(siteMessages, options.language);
  const other = otherLanguage(options.language);
  const banner =
    options.previewExpires === undefined
      ? ''
      : `<div class="sf-preview-banner" role="status">${escapeHtml(t('previewBanner', { expires: options.previewExpires }))}</div>`;
  return `<style>${siteStyle}</style>${banner}<nav class="sf-site-bar" aria-label="${escapeHtml(t('switchLanguageLabel'))}"><a href="${escapeHtml(options.switchHref)}" hreflang="${other}" lang="${other}">${escapeHtml(t('switchLanguage'))}</a></nav>`;
}

/** The shop's page with `chrome` put first in its body. */
export function withChrome(html: string, chrome: string): string {
  const at = html.indexOf('<body>');
  if (at < 0) return chrome + html;
  return html.slice(0, at + 6) + chrome + html.slice(at + 6);
}

export type SitePageKind =
  'unknownShop' | 'notPublished' | 'previewForbidden' | 'tooMany' | 'error';

const pageStyle = `body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1f2937;background:#fafafa}main{max-width:480px;margin:0 auto;padding:48px 20px}h1{font-size:22px;margin:0 0 12px}`;

function documentOf(language: PageLanguage, title: string, style: string, body: string): string {
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${style}</style></head><body>${body}</body></html>`;
}

/** A page saying why there is nothing to show, in the request's language. */
export function sitePage(
  kind: SitePageKind,
  language: PageLanguage,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const t = translator(siteMessages, language);
  const title = t(`${kind}Title`);
  const body = `<main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(t(`${kind}Body`, values))}</p></main>`;
  return documentOf(language, title, pageStyle, body);
}

const posterStyle = `@page{size:A5;margin:12mm}body{margin:0;font-family:system-ui,sans-serif;color:#111;background:#fff}main{display:flex;flex-direction:column;align-items:center;justify-content:center;min-height:100vh;text-align:center;padding:24px;box-sizing:border-box}h1{font-size:32px;margin:0 0 16px}.sf-qr{width:70mm;height:70mm}.sf-qr svg{width:100%;height:100%}.sf-scan{font-size:24px;margin:16px 0 4px;font-weight:600}.sf-scan-other{font-size:18px;margin:0 0 12px}.sf-url{font-size:13px;color:#444;word-break:break-all}@media print{main{min-height:auto}}`;

/** The printable poster for the counter and the tables: the shop's name, the page's QR code. */
export async function posterPage(
  language: PageLanguage,
  shopName: string,
  pageUrl: string,
): Promise<string> {
  const t = translator(siteMessages, language);
  const svg = await QRCode.toString(pageUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  const body = `<main><h1>${escapeHtml(shopName)}</h1><div class="sf-qr" role="img" aria-label="QR">${svg}</div><p class="sf-scan">${escapeHtml(t('posterScan'))}</p><p class="sf-scan-other" lang="${otherLanguage(language)}">${escapeHtml(t('posterScanOther'))}</p><p class="sf-url">${escapeHtml(t('posterAddress', { url: pageUrl }))}</p></main>`;
  return documentOf(language, t('posterTitle', { shop: shopName }), posterStyle, body);
}

/** A moment as the shop's customers read it: date and time in the shop's zone. */
export function shopTime(at: number, timeZone: string, language: PageLanguage): string {
  return new Intl.DateTimeFormat(language, {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(at));
}
