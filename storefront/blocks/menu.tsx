/**
 * The menu as on sale at the moment: the chosen categories and items (an item chosen on its own
 * shows under its category), or the whole menu when none is chosen; live prices, sold-out items
 * kept and marked, photos when the block asks for them. In the menu's own order.
 */
import type { ReactElement } from 'react';
import type { StorefrontData } from '../../domain/storefront/page-data';
import type { BlockOf } from '../../domain/storefront/schema';
import { descriptionIn, priceText, shopNameIn } from '../i18n/page';
import type { PageLanguage } from '../types';
import { BlockSection, BlockTitle, PageImage, Price, titleText, type BlockProps } from './kit';

type Category = StorefrontData['menu']['categories'][number];

/** The categories and items the block shows, empty categories left out. */
export function menuOfBlock(
  block: Pick<BlockOf<'menu'>, 'categoryIds' | 'itemIds'>,
  data: StorefrontData,
): Category[] {
  const all = block.categoryIds.length === 0 && block.itemIds.length === 0;
  const categories = new Set(block.categoryIds);
  const items = new Set(block.itemIds);
  return data.menu.categories
    .map((category) =>
      all || categories.has(category.id)
        ? category
        : { ...category, items: category.items.filter((item) => items.has(item.id)) },
    )
    .filter((category) => category.items.length > 0);
}

function MenuItemRow({
  item,
  showPhoto,
  language,
  props,
}: {
  item: Category['items'][number];
  showPhoto: boolean;
  language: PageLanguage;
  props: BlockProps<'menu'>;
}): ReactElement {
  const { context, t } = props;
  const name = shopNameIn(item.name, language);
  const description = descriptionIn(item.description, language);
  const price = priceText(item.priceFen);
  return (
    <li className="sf-row sf-item" {...(item.soldOut ? { 'data-sold-out': '' } : {})}>
      {showPhoto && item.photo ? (
        <PageImage
          context={context}
          hash={item.photo}
          size="thumb"
          width={144}
          height={144}
          alt={name}
          className="sf-thumb"
        />
      ) : null}
      <div className="sf-grow">
        <h4 className="sf-sub">{name}</h4>
        {description ? <p className="sf-desc">{description}</p> : null}
        <p>
          <Price
            priceFen={item.priceFen}
            originalPriceFen={item.listPriceFen}
            text={item.priceFrom ? t('menu.from', { price }) : price}
            t={t}
          />{' '}
          {item.soldOut ? <span className="sf-tag">{t('menu.soldOut')}</span> : null}
        </p>
      </div>
    </li>
  );
}

export function MenuBlock(props: BlockProps<'menu'>): ReactElement {
  const { block, data, context, t } = props;
  const language = context.language;
  const categories = menuOfBlock(block, data);
  return (
    <BlockSection block={block}>
      <BlockTitle blockId={block.id} text={titleText(block.title, language, t('menu.title'))} />
      {categories.length === 0 ? <p className="sf-empty">{t('menu.empty')}</p> : null}
      {categories.map((category) => (
        <div key={category.id} className="sf-cat">
          <h3 className="sf-sub">{shopNameIn(category.name, language)}</h3>
          <ul className="sf-list">
            {category.items.map((item) => (
              <MenuItemRow
                key={item.id}
                item={item}
                showPhoto={block.showPhotos}
                language={language}
                props={props}
              />
            ))}
          </ul>
        </div>
      ))}
    </BlockSection>
  );
}
