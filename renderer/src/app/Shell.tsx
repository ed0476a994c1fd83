import type { ReactNode } from 'react';
import { Layout, Menu, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { navPages } from '../routing/pages';
import { navigate, pageRoute, type Route } from '../routing/routes';
import { ApprovalHost } from '../staff/desk/ApprovalHost';
import { DeskBadge } from '../staff/desk/DeskBadge';
import { DeskGate, DeskProvider } from '../staff/desk/DeskProvider';
import { SyncStatus } from '../sync/pages/SyncStatus';
import { VendorSwitcher } from '../vendors/VendorSwitcher';
import { pageRegistry } from './page-registry';

/**
 * The console's frame: the sidebar of parts, and a header with the profile, who is at the desk
 * and the sync state. The desk (staff/desk/) decides whether the page shows or the PIN screen.
 */
export function Shell({ route, children }: { route: Route; children: ReactNode }) {
  const { t } = useTranslation();
  const selected = route.page === 'newProfile' ? [] : [route.page];
  return (
    <DeskProvider>
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
              items={navPages.map((page) => ({
                key: page,
                icon: pageRegistry[page].icon,
                label: t(`nav.${page}`),
              }))}
              onClick={({ key }) => navigate(pageRoute(key as (typeof navPages)[number]))}
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
            <Space size="large">
              <DeskBadge />
              <SyncStatus />
            </Space>
          </Layout.Header>
          <Layout.Content style={{ padding: 24 }}>
            <main>
              <DeskGate>{children}</DeskGate>
            </main>
          </Layout.Content>
        </Layout>
        <ApprovalHost />
      </Layout>
    </DeskProvider>
  );
}
