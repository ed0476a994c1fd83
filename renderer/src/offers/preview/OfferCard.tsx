/**
 * The offer as a customer sees it on their phone: its cover photo (and how many there are), title, the deal price against the
 * original, the group badge, what is included and the rules. Plain React with its own small
 * stylesheet, no desktop UI kit: the published storefront renders this same card on customers'
 * phones, where Ant Design's weight and runtime styles do not belong.
 */
import type { CSSProperties } from 'react';
import type { TFunction } from 'i18next';
import type { LocalizedName } from '@domain/menu/schema';
import { formatFen } from '@domain/money';
import { inLanguage, offerCardTexts, type CardOffer } from './offer-card-text';

export interface OfferCardProps {
  offer: CardOffer & {
    title: LocalizedName;
    description: { zh?: string | null; en?: string | null };
    priceFen: number | null;
    originalPriceFen: number | null;
  };
  language: string;
  t: TFunction;
  daypartNames: ReadonlyMap<string, LocalizedName>;
  /** The cover (first) photo's URL, if it has one on this device. */
  photoUrl?: string | null;
  /** How many photos the offer has: more than one is said on the cover. */
  photoCount?: number;
  currency?: string;
}

const styles = {
  card: {
    fontFamily: 'system-ui, "PingFang SC", "Noto Sans CJK SC", sans-serif',
    color: '#1f1f1f',
    background: '#fff',
    borderRadius: 12,
    overflow: 'hidden',
    boxShadow: '0 1px 4px rgba(0,0,0,0.12)',
    fontSize: 14,
    lineHeight: 1.5,
  },
  cover: { position: 'relative' },
  photoCount: {
    position: 'absolute',
    right: 8,
    bottom: 8,
    background: 'rgba(0,0,0,0.72)',
    color: '#fff',
    borderRadius: 10,
    padding: '0 8px',
    fontSize: 12,
  },
  photo: {
    height: 160,
    background: 'linear-gradient(135deg, #ffe7d6, #ffd0b0)',
    display: 'block',
    width: '100%',
    objectFit: 'cover',
  },
  body: { padding: 16 },
  title: { fontSize: 18, fontWeight: 600, margin: '0 0 4px' },
  description: { color: '#595959', margin: '0 0 8px' },
  prices: { display: 'flex', alignItems: 'baseline', gap: 8, margin: '8px 0' },
  price: { color: '#c41d00', fontSize: 24, fontWeight: 700 },
  original: { color: '#737373', textDecoration: 'line-through' },
  badge: {
    background: '#c41d00',
    color: '#fff',
    borderRadius: 4,
    padding: '0 6px',
    fontSize: 12,
  },
  heading: { fontSize: 14, fontWeight: 600, margin: '12px 0 4px' },
  list: { margin: 0, paddingLeft: 18 },
  note: { color: '#595959', fontSize: 13, margin: '4px 0' },
  buy: {
    display: 'block',
    width: '100%',
    marginTop: 16,
    padding: '10px 0',
    border: 'none',
    borderRadius: 20,
    background: '#c41d00',
    color: '#fff',
    fontSize: 16,
    fontWeight: 600,
  },
} satisfies Record<string, CSSProperties>;

export function OfferCard({
  offer,
  language,
  t,
  daypartNames,
  photoUrl,
  photoCount = 0,
  currency = 'CNY',
}: OfferCardProps) {
  const texts = offerCardTexts(offer, language, t, daypartNames);
  const money = (fen: number) => formatFen(fen, { currency, locale: language });
  const description = language.startsWith('en')
    ? (offer.description.en ?? offer.description.zh)
    : offer.description.zh;
  return (
    <article style={styles.card} lang={language} aria-label={inLanguage(offer.title, language)}>
      <div style={styles.cover}>
        {photoUrl ? (
          <img style={styles.photo} src={photoUrl} alt={t('offers:photos.cover')} />
        ) : (
          <div style={styles.photo} aria-hidden="true" />
        )}
        {photoCount > 1 && (
          <span style={styles.photoCount}>{t('offers:photos.count', { count: photoCount })}</span>
        )}
      </div>
      <div style={styles.body}>
        <h3 style={styles.title}>{inLanguage(offer.title, language)}</h3>
        {description && <p style={styles.description}>{description}</p>}
        <div style={styles.prices}>
          {offer.priceFen !== null && <span style={styles.price}>{money(offer.priceFen)}</span>}
          {offer.originalPriceFen !== null &&
            offer.priceFen !== null &&
            offer.originalPriceFen > offer.priceFen && (
              <s style={styles.original}>{money(offer.originalPriceFen)}</s>
            )}
          {offer.groupSize > 1 && (
            <span style={styles.badge}>
              {t('offers:preview.groupBadge', { count: offer.groupSize })}
            </span>
          )}
        </div>
        {texts.group && <p style={styles.note}>{texts.group}</p>}
        {texts.limits.length > 0 && <p style={styles.note}>{texts.limits.join(' · ')}</p>}
        <h4 style={styles.heading}>{t('offers:preview.includes')}</h4>
        <ul style={styles.list}>
          {texts.lines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
        {texts.uses && <p style={styles.note}>{texts.uses}</p>}
        <p style={styles.note}>{texts.validity}</p>
        <p style={styles.note}>{texts.usage.join(' · ')}</p>
        <p style={styles.note}>{texts.refund.join(' · ')}</p>
        <button type="button" style={styles.buy} disabled>
          {t('offers:preview.buy')}
        </button>
      </div>
    </article>
  );
}
