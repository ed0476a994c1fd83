import { useState } from 'react';
import { App, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRoute } from '../routing/routes';
import { CustomersPanel } from './list/CustomersPanel';
import { CustomerProfile } from './profile/CustomerProfile';
import { PrivacyLog } from './privacy/PrivacyLog';
import { MembershipSettings } from './settings/MembershipSettings';

type CustomersTab = 'list' | 'settings' | 'privacy';

/**
 * The customers part (会员): the counter's list, one customer at #/customers/<id>, the settings,
 * the privacy log.
 */
export function CustomersPage() {
  const { t } = useTranslation('customers');
  const route = useRoute();
  const [tab, setTab] = useState<CustomersTab>('list');
  const customerId = route.page === 'customers' ? (route.path[0] ?? null) : null;
  return (
    // The nested App gives the page's messages and confirm dialogs the console's theme.
    <App>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('part.name')}
      </Typography.Title>
      {customerId ? (
        <CustomerProfile key={customerId} customerId={customerId} />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key as CustomersTab)}
          destroyOnHidden
          items={[
            { key: 'list', label: t('tabs.list'), children: <CustomersPanel /> },
            { key: 'settings', label: t('tabs.settings'), children: <MembershipSettings /> },
            { key: 'privacy', label: t('privacyLog.tab'), children: <PrivacyLog /> },
          ]}
        />
      )}
    </App>
  );
}
