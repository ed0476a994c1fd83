import { useState } from 'react';
import { App, Flex, Spin, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { menuItemIdOf, useRoute } from '../routing/routes';
import { CategoriesPanel } from './categories/CategoriesPanel';
import { DaypartsPanel } from './dayparts/DaypartsPanel';
import { ItemsPanel } from './items/ItemsPanel';
import { OnSaleAtPanel } from './on-sale/OnSaleAtPanel';
import { TagsPanel } from './tags/TagsPanel';
import { UndoLastButton } from './undo/UndoLastButton';
import { UndoProvider } from './undo/UndoProvider';
import { useMenu, useShopClock } from './use-menu';

type MenuTab = 'items' | 'categories' | 'dayparts' | 'tags' | 'onSale';

// Error text (field messages, danger buttons), link buttons (antd derives them from colorInfo,
// not the primary) and placeholders darker than antd's defaults, which fall below WCAG AA
// contrast on white and on the primary's light tint (axe's color-contrast rule).
/** The menu part of the console: items, categories, dayparts, tags and the "on sale at" view. */
export function MenuPage() {
  const { t } = useTranslation('menu');
  const menu = useMenu();
  const clock = useShopClock();
  const [tab, setTab] = useState<MenuTab>('items');
  // `#/menu/items/<id>` opens that item, on the items tab, also when it arrives on this page.
  const routedItemId = menuItemIdOf(useRoute());
  const [seenItemId, setSeenItemId] = useState(routedItemId);
  if (routedItemId !== seenItemId) {
    setSeenItemId(routedItemId);
    if (routedItemId) setTab('items');
  }
  if (!menu || !clock) return <Spin aria-label={t('loading')} />;
  const panels: Record<MenuTab, React.ReactNode> = {
    items: (
      <ItemsPanel
        menu={menu}
        clock={clock}
        routedItemId={routedItemId}
        onGoToCategories={() => setTab('categories')}
      />
    ),
    categories: <CategoriesPanel menu={menu} />,
    dayparts: <DaypartsPanel dayparts={menu.dayparts} timeZone={clock.timeZone} />,
    tags: <TagsPanel menu={menu} />,
    onSale: <OnSaleAtPanel menu={menu} clock={clock} />,
  };
  return (
    // The nested App gives the menu's messages and confirm dialogs this theme too; buttons keep
    // their names as written ("取消", not antd's spaced "取 消"), for readers and for tests.
    <>
      <App>
        <UndoProvider>
          <Flex justify="space-between" align="center">
            <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
              {t('title')}
            </Typography.Title>
            <UndoLastButton />
          </Flex>
          <Tabs
            activeKey={tab}
            onChange={(key) => setTab(key as MenuTab)}
            destroyOnHidden
            items={(Object.keys(panels) as MenuTab[]).map((key) => ({
              key,
              label: t(`tabs.${key}`),
              children: panels[key],
            }))}
          />
        </UndoProvider>
      </App>
    </>
  );
}
