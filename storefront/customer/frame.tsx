/**
 * The frame every customer page shares: the document, its small stylesheet, the way back to the
 * shop's page, the language switch and who is signed in. Plain elements, rendered on the
 * platform's server; no script is needed for any page to work.
 */
import type { ReactElement, ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { translator, type Translate } from '../i18n/define';
import { customerMessages, type CustomerTexts } from '../i18n/customer';
import type { PageLanguage } from '../types';
import { customerStyles } from './styles';

export type CustomerTranslate = Translate<CustomerTexts>;

export const customerTranslator = (language: PageLanguage): CustomerTranslate =>
  translator(customerMessages, language);

export interface Frame {
  language: PageLanguage;
  title: string;
  shopName: string;
  shopUrl: string;
  /** The customer's own page (vouchers, bookings, membership). */
  meUrl: string;
  /** This page in the other language. */
  otherLanguageUrl: string;
  /** The signed-in phone, masked; null when signed out. */
  signedIn: { phone: string; signOutAction: string; csrf: string } | null;
}

/** The shop's own words in the page's language (English falls back to Chinese). */
export const localized = (
  text: { zh?: string | null; en?: string | null },
  language: PageLanguage,
): string => (language === 'en' ? text.en || text.zh || '' : text.zh || text.en || '');

export const money = (fen: number): string => `¥${(fen / 100).toFixed(fen % 100 === 0 ? 0 : 2)}`;

export function when(at: number, timeZone: string, language: PageLanguage): string {
  return new Intl.DateTimeFormat(language, {
    timeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

export function day(at: number, timeZone: string, language: PageLanguage): string {
  return new Intl.DateTimeFormat(language, {
    timeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  }).format(at);
}

export function Notice({ kind, children }: { kind: 'error' | 'info'; children: ReactNode }) {
  return (
    <p className={`sfc-notice sfc-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </p>
  );
}

/** A hidden CSRF field for a signed-in form. */
export const Csrf = ({ token }: { token: string }) => (
  <input type="hidden" name="csrf" value={token} />
);

function Header({ frame, t }: { frame: Frame; t: CustomerTranslate }): ReactElement {
  return (
    <header className="sfc-top">
      <a href={frame.shopUrl} className="sfc-back">
        ← {t('backToShop')} · {frame.shopName}
      </a>
      <a href={frame.meUrl} className="sfc-me">
        {t('meTitle')}
      </a>
      <a
        href={frame.otherLanguageUrl}
        className="sfc-lang"
        hrefLang={frame.language === 'en' ? 'zh-CN' : 'en'}
      >
        {t('language')}
      </a>
    </header>
  );
}

function Footer({ frame, t }: { frame: Frame; t: CustomerTranslate }): ReactElement | null {
  if (!frame.signedIn) return null;
  return (
    <footer className="sfc-foot">
      <span>{t('signedInAs', { phone: frame.signedIn.phone })}</span>
      <form method="post" action={frame.signedIn.signOutAction}>
        <Csrf token={frame.signedIn.csrf} />
        <button type="submit" className="sfc-link">
          {t('signOut')}
        </button>
      </form>
    </footer>
  );
}

/** The whole HTML document of a customer page. */
export function customerHtml(frame: Frame, body: ReactElement): string {
  const t = customerTranslator(frame.language);
  const markup = renderToStaticMarkup(
    <>
      <Header frame={frame} t={t} />
      <main className="sfc-main">
        <h1>{frame.title}</h1>
        {body}
      </main>
      <Footer frame={frame} t={t} />
    </>,
  );
  const title = escapeText(`${frame.title} · ${frame.shopName}`);
  return `<!doctype html><html lang="${frame.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="same-origin"><title>${title}</title><style>${customerStyles}</style></head><body>${markup}</body></html>`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
