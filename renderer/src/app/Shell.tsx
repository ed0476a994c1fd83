import type { ReactNode } from 'react';
import { Layout, Menu, Typography } from 'antd';
import {
  AppstoreOutlined,
  CalendarOutlined,
  DashboardOutlined,
  SettingOutlined,
  ShopOutlined,
  SyncOutlined,
  TagsOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { SyncStatus } from '../sync/pages/SyncStatus';
import { VendorSwitcher } from '../vendors/VendorSwitcher';
import { navigate, type Page, type Route } from '../routing/routes';

const icons: Record<Page, ReactNode> = {
  dashboard: <DashboardOutlined />,
  menu: <AppstoreOutlined />,
  bookings: <CalendarOutlined />,
  groupbuy: <TagsOutlined />,
  customers: <TeamOutlined />,
  storefront: <ShopOutlined />,
  sync: <SyncOutlined />,
  settings: <SettingOutlined />,
};

/** The console's frame: the sidebar of parts, and a header with the profile and sync state. */
export function Shell({ route, children }: { route: Route; children: ReactNode }) {
  const { t } = useTranslation();
  const selected = route.page === 'newProfile' ? [] : [route.page];
  return (
    <Layout hasSider style={{ minHeight: '100vh' }}>
      <Layout.Sider
        width={200}
        theme="light"
        breakpoint="lg"
        collapsedWidth={64}
        // The divider runs the sider's whole height, not only as far as the menu reaches.
        style={{ borderInlineEnd: '1px solid rgba(5, 5, 5, 0.06)' }}
      >
        <Typography.Title level={2} style={{ fontSize: 18, margin: 16 }}>
          {t('appName')}
        </Typography.Title>
        <nav aria-label={t('nav.label')}>
          <Menu
            mode="inline"
            style={{ borderInlineEnd: 'none' }}
            selectedKeys={selected}
            items={(Object.keys(icons) as Page[]).map((page) => ({
              key: page,
              icon: icons[page],
              label: t(`nav.${page}`),
            }))}
            onClick={({ key }) => navigate({ page: key as Page })}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          role="banner"
          style={{
            background: 'transparent',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 16,
            paddingInline: 24,
          }}
        >
          <VendorSwitcher />
          <SyncStatus />
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <main>{children}</main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
