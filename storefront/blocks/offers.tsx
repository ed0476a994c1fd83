/**
 * Group-buy offers on sale at the moment, each with its price, the struck original price, the
 * group size and a buy link: the chosen offers in the order chosen (those no longer on sale left
 * out), or every offer on sale; at most `limit`.
 */
import type { ReactElement } from 'react';
import type { StorefrontData } from '../../domain/storefront/page-data';
import type { BlockOf } from '../../domain/storefront/schema';
import { priceText, shopNameIn } from '../i18n/page';
import {
  BlockSection,
  BlockTitle,
  PageImage,
  PageLink,
  Price,
  titleText,
  type BlockProps,
} from './kit';

export function offersOfBlock(
  block: Pick<BlockOf<'offers'>, 'offerIds' | 'limit'>,
  data: StorefrontData,
): StorefrontData['offers'] {
  if (block.offerIds.length === 0) return data.offers.slice(0, block.limit);
  const onSale = new Map(data.offers.map((offer) => [offer.id, offer]));
  return block.offerIds
    .flatMap((id) => {
      const offer = onSale.get(id);
      return offer ? [offer] : [];
    })
    .slice(0, block.limit);
}

export function OffersBlock({ block, data, context, t }: BlockProps<'offers'>): ReactElement {
  const language = context.language;
  const offers = offersOfBlock(block, data);
  return (
    <BlockSection block={block}>
      <BlockTitle blockId={block.id} text={titleText(block.title, language, t('offers.title'))} />
      {offers.length === 0 ? <p className="sf-empty">{t('offers.empty')}</p> : null}
      <ul className="sf-list">
        {offers.map((offer) => {
          const title = shopNameIn(offer.title, language);
          return (
            <li key={offer.id} className="sf-card" data-offer={offer.id}>
              {offer.cover ? (
                <PageImage
                  context={context}
                  hash={offer.cover}
                  size="full"
                  width={720}
                  height={405}
                  alt={title}
                  className="sf-offer-cover"
                />
              ) : null}
              <div className="sf-card-body sf-row">
                <div className="sf-grow">
                  <h3 className="sf-sub">{title}</h3>
                  <p>
                    <Price
                      priceFen={offer.priceFen}
                      originalPriceFen={offer.originalPriceFen}
                      text={priceText(offer.priceFen)}
                      t={t}
                    />
                  </p>
                  {offer.groupSize > 1 ? (
                    <p className="sf-small">{t('offers.groupSize', { count: offer.groupSize })}</p>
                  ) : null}
                </div>
                <PageLink href={context.links?.offer(offer.id) ?? null}>
                  {t('offers.buy')}
                  <span className="sf-vh"> {title}</span>
                </PageLink>
              </div>
            </li>
          );
        })}
      </ul>
    </BlockSection>
  );
}
