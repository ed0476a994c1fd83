/**
 * The shop's header: the cover and logo from the theme, the shop's name (the page's one h1), and
 * — as the block's flags say — today's hours or "closed today", the address with a map link and
 * the phone as a tel: link. Bound to the shop's profile, so a change of hours shows at once.
 */
import type { ReactElement } from 'react';
import type { ThemeFields } from '../../domain/storefront/schema';
import { hoursText } from '../i18n/page';
import { BlockSection, PageImage, titleId, type BlockProps } from './kit';

/** A map search for the address (Amap's public URI API, which opens the app when installed). */
export const mapUrl = (address: string) =>
  `https://uri.amap.com/search?keyword=${encodeURIComponent(address)}`;

export const telUrl = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

export function HeaderBlock({
  block,
  data,
  context,
  t,
  theme,
  headingLevel = 1,
}: BlockProps<'header'> & {
  theme: Pick<ThemeFields, 'logo' | 'cover'>;
  /** The page's first header holds its one h1; a second header gets an h2. */
  headingLevel?: 1 | 2;
}): ReactElement {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const { shop } = data;
  const open = shop.hoursToday.length > 0;
  const showFacts = block.showHours || block.showAddress || block.showPhone;
  return (
    <BlockSection block={block} className="sf-header-block">
      {theme.cover ? (
        <PageImage
          context={context}
          hash={theme.cover}
          size="full"
          width={750}
          height={300}
          alt=""
          className="sf-cover"
        />
      ) : null}
      <div className="sf-block sf-header">
        <div className="sf-row">
          {theme.logo ? (
            <PageImage
              context={context}
              hash={theme.logo}
              size="thumb"
              width={112}
              height={112}
              alt={t('header.logo', { name: shop.name })}
              className="sf-logo"
            />
          ) : null}
          <Heading id={titleId(block.id)} className="sf-name sf-grow">
            {shop.name}
          </Heading>
        </div>
        {showFacts ? (
          <address className="sf-facts">
            {block.showHours ? (
              <p data-part="hours">
                <span className="sf-vh">{t('header.hoursLabel')} </span>
                {open ? (
                  <>
                    <span className="sf-tag sf-open">{t('header.openToday')}</span>{' '}
                    {hoursText(shop.hoursToday)}
                  </>
                ) : (
                  <span className="sf-tag">{t('header.closedToday')}</span>
                )}
              </p>
            ) : null}
            {block.showAddress && shop.address ? (
              <p data-part="address">
                <span className="sf-vh">{t('header.address')} </span>
                {shop.address}{' '}
                <a
                  href={mapUrl(shop.address)}
                  aria-label={t('header.mapLabel', { address: shop.address })}
                >
                  {t('header.map')}
                </a>
              </p>
            ) : null}
            {block.showPhone && shop.phone ? (
              <p data-part="phone">
                <a href={telUrl(shop.phone)}>
                  {t('header.call')} {shop.phone}
                </a>
              </p>
            ) : null}
          </address>
        ) : null}
      </div>
    </BlockSection>
  );
}
