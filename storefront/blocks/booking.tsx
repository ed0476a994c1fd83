/**
 * The booking block: a book link per service (the chosen ones, or all), or — for a restaurant —
 * one link to book a table with the party sizes it takes; when there is nothing to book, it says
 * so politely instead of showing a button that leads nowhere.
 */
import type { ReactElement } from 'react';
import type { StorefrontData } from '../../domain/storefront/page-data';
import type { BlockOf } from '../../domain/storefront/schema';
import { priceText, shopNameIn } from '../i18n/page';
import { BlockSection, BlockTitle, PageLink, titleText, type BlockProps } from './kit';

export function servicesOfBlock(
  block: Pick<BlockOf<'booking'>, 'serviceIds'>,
  data: StorefrontData,
): StorefrontData['booking']['services'] {
  if (block.serviceIds.length === 0) return data.booking.services;
  const chosen = new Set(block.serviceIds);
  return data.booking.services.filter((service) => chosen.has(service.id));
}

export function BookingBlock({ block, data, context, t }: BlockProps<'booking'>): ReactElement {
  const language = context.language;
  const { mode, partySizes } = data.booking;
  const services = mode === 'service' ? servicesOfBlock(block, data) : [];
  const book = (serviceId: string | null) => context.links?.book(serviceId) ?? null;
  return (
    <BlockSection block={block}>
      <BlockTitle blockId={block.id} text={titleText(block.title, language, t('booking.title'))} />
      {mode === 'table' ? (
        <div className="sf-row">
          <p className="sf-grow">{t('booking.partySize', partySizes)}</p>
          <PageLink href={book(null)}>{t('booking.bookTable')}</PageLink>
        </div>
      ) : services.length > 0 ? (
        <ul className="sf-list">
          {services.map((service) => {
            const name = shopNameIn(service.name, language);
            return (
              <li key={service.id} className="sf-row" data-service={service.id}>
                <div className="sf-grow">
                  <h3 className="sf-sub">{name}</h3>
                  <p className="sf-small">
                    {t('booking.duration', { minutes: service.durationMin })}
                    {service.priceFen !== null ? ` · ${priceText(service.priceFen)}` : ''}
                  </p>
                </div>
                <PageLink href={book(service.id)}>
                  {t('booking.book')}
                  <span className="sf-vh"> {name}</span>
                </PageLink>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="sf-empty">{t('booking.none')}</p>
      )}
    </BlockSection>
  );
}
