/**
 * The page's own small stylesheet, inlined in the served HTML (and the preview's frame): no UI kit
 * and no CSS-in-JS runtime. Mobile-first for 375–390 px phones, a centred column on wider
 * screens. The theme reaches it only as custom properties on :root (themeCss), so one static
 * sheet serves every shop and the theme's colours are the only colours the shop controls; the
 * text on buttons is black or white, whichever reads better on the theme's primary colour.
 */
import { contrastRatio } from '../domain/storefront/contrast';
import { defaultTheme, type ThemeFields } from '../domain/storefront/schema';

const cornerRadius: Record<ThemeFields['corner'], { card: string; button: string }> = {
  square: { card: '0', button: '0' },
  rounded: { card: '12px', button: '10px' },
  pill: { card: '20px', button: '999px' },
};

const fontSize: Record<ThemeFields['textSize'], string> = {
  small: '14px',
  medium: '16px',
  large: '18px',
};

/** Black or white, whichever has the higher contrast on `background`. */
export function readableOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff')
    ? '#000000'
    : '#ffffff';
}

/** The theme as custom properties on :root. */
export function themeCss(given: ThemeFields): string {
  // The colours go into CSS text: anything but '#rrggbb' (an unchecked draft) falls back.
  const fallback = defaultTheme();
  const colour = (key: 'primary' | 'background' | 'text') =>
    /^#[0-9a-f]{6}$/i.test(given[key]) ? given[key] : fallback[key];
  const theme = {
    primary: colour('primary'),
    background: colour('background'),
    text: colour('text'),
  };
  const corner = cornerRadius[given.corner] ?? cornerRadius.rounded;
  const size = fontSize[given.textSize] ?? fontSize.medium;
  return (
    `:root{--sf-primary:${theme.primary};--sf-on-primary:${readableOn(theme.primary)};` +
    `--sf-bg:${theme.background};--sf-text:${theme.text};--sf-card-radius:${corner.card};` +
    `--sf-btn-radius:${corner.button};--sf-size:${size}}`
  );
}

/** The static sheet; every colour comes from the theme's properties (or neutral translucency). */
export const storefrontCss = [
  '*,*::before,*::after{box-sizing:border-box}',
  'html{-webkit-text-size-adjust:100%;text-size-adjust:100%;background:var(--sf-bg)}',
  'body{margin:0;background:var(--sf-bg);color:var(--sf-text);font-size:var(--sf-size);line-height:1.5;',
  'font-family:-apple-system,BlinkMacSystemFont,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC",sans-serif;',
  '--sf-line:rgba(127,127,127,.35);--sf-tint:rgba(127,127,127,.1)}',
  'img{display:block;max-width:100%;height:auto;background:var(--sf-tint)}',
  'a{color:inherit;text-underline-offset:.2em}',
  'a:focus-visible{outline:3px solid var(--sf-primary);outline-offset:2px}',
  'h1,h2,h3,h4,p,ul,figure{margin:0}',
  '.sf-vh{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}',
  '.sf-bar{display:flex;justify-content:flex-end;gap:16px;max-width:480px;margin:0 auto;padding:8px 16px;font-size:.875em}',
  '.sf-bar a{min-height:32px;display:inline-flex;align-items:center}',
  '.sf-page{display:block;max-width:480px;margin:0 auto;padding-bottom:32px}',
  '.sf-block{padding:16px;scroll-margin-top:8px}',
  '.sf-block+.sf-block{border-top:1px solid var(--sf-line)}',
  '.sf-title{font-size:1.25em;line-height:1.3;margin-bottom:12px}',
  '.sf-sub{font-size:1.0625em;line-height:1.35}',
  '.sf-small{font-size:.875em}',
  '.sf-empty{padding:12px;border-radius:var(--sf-card-radius);background:var(--sf-tint)}',
  '.sf-btn{display:inline-flex;align-items:center;justify-content:center;min-height:44px;min-width:44px;padding:0 18px;border:0;',
  'border-radius:var(--sf-btn-radius);background:var(--sf-primary);color:var(--sf-on-primary);font-weight:600;text-decoration:none;white-space:nowrap}',
  '.sf-list{list-style:none;padding:0;display:grid;gap:12px}',
  '.sf-row{display:flex;gap:12px;align-items:center}',
  '.sf-grow{flex:1;min-width:0}',
  '.sf-price{font-weight:700;font-size:1.0625em}',
  '.sf-was{margin-left:6px;font-size:.8125em;text-decoration:line-through}',
  '.sf-tag{display:inline-block;padding:0 8px;border:1px solid currentColor;border-radius:var(--sf-btn-radius);font-size:.75em;line-height:1.6;vertical-align:middle}',
  // header
  '.sf-cover{width:100%;aspect-ratio:5/2;object-fit:cover}',
  '.sf-header{padding-top:16px}',
  '.sf-logo{width:56px;height:56px;flex:none;object-fit:cover;border-radius:var(--sf-card-radius)}',
  '.sf-name{font-size:1.5em;line-height:1.25}',
  '.sf-facts{font-style:normal;display:grid;gap:6px;margin-top:12px}',
  '.sf-facts a{display:inline-flex;align-items:center;min-height:32px;font-weight:600}',
  '.sf-open{color:var(--sf-text)}',
  // notice
  '.sf-notice{margin:12px 16px;padding:12px 14px;border-left:4px solid var(--sf-primary);border-radius:var(--sf-card-radius);background:var(--sf-tint)}',
  '.sf-notice+.sf-block,.sf-block+.sf-notice{border-top:0}',
  '.sf-notice[data-tone=warning]{background:var(--sf-primary);color:var(--sf-on-primary);border-left-color:var(--sf-on-primary);font-weight:600}',
  // menu
  '.sf-cat+.sf-cat{margin-top:20px}',
  '.sf-cat>.sf-sub{margin-bottom:8px}',
  '.sf-thumb{width:72px;height:72px;flex:none;object-fit:cover;border-radius:var(--sf-card-radius)}',
  '.sf-desc{font-size:.875em;overflow-wrap:anywhere}',
  '.sf-item[data-sold-out] .sf-price{text-decoration:line-through}',
  // offers, booking
  '.sf-card{border:1px solid var(--sf-line);border-radius:var(--sf-card-radius);overflow:hidden}',
  '.sf-card-body{padding:12px}',
  '.sf-offer-cover{width:100%;aspect-ratio:16/9;object-fit:cover}',
  // gallery
  '.sf-gallery{list-style:none;padding:0;display:grid;grid-template-columns:1fr 1fr;gap:8px}',
  '.sf-gallery img{width:100%;aspect-ratio:1;object-fit:cover;border-radius:var(--sf-card-radius)}',
  '.sf-gallery figcaption{font-size:.8125em;margin-top:4px}',
  // text
  '.sf-text p+p,.sf-text p+ul,.sf-text ul+p{margin-top:.75em}',
  '.sf-text ul{padding-left:1.25em}',
  // banner
  '.sf-banner-link{display:block;text-decoration:none}',
  '.sf-banner img{width:100%;aspect-ratio:2/1;object-fit:cover;border-radius:var(--sf-card-radius)}',
  '.sf-banner .sf-title{margin:10px 0 0}',
  '.sf-banner-link .sf-title{text-decoration:underline;text-decoration-color:var(--sf-primary);text-decoration-thickness:2px}',
].join('');
