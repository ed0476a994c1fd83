/**
 * The shop's privacy log: every export of one customer's data, every list exported with whole
 * phone numbers and every erasure (the privacyLogEntry ledger, synced, so every desk of the shop
 * shows the same log), newest first, with who did it. A customer appears by id only — once
 * erased, that id identifies no one.
 */
import { Button, Card, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { PrivacyLogEntry } from '@domain/customers/mutations';
import { customerRoute, navigate } from '../../routing/routes';
import { useStaffNames } from '../../staff/use-staff';
import { useActiveVendor } from '../../vendors/use-vendor';
import { useFormatShopTime } from '../use-format';

export function PrivacyLog() {
  const { t } = useTranslation('customers');
  const { db } = useActiveVendor();
  const entries = useLiveQuery(() => db.privacyLogEntry.orderBy('at').reverse().toArray(), [db]);
  const staffNames = useStaffNames();
  const formatTime = useFormatShopTime(true);
  return (
    <Card title={t('privacyLog.title')}>
      <Typography.Paragraph>{t('privacyLog.intro')}</Typography.Paragraph>
      <Table<PrivacyLogEntry>
        aria-label={t('privacyLog.title')}
        rowKey="id"
        loading={entries === undefined}
        dataSource={entries ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('privacyLog.empty') }}
        columns={[
          { key: 'at', title: t('privacyLog.columns.at'), render: (_, e) => formatTime(e.at) },
          {
            key: 'kind',
            title: t('privacyLog.columns.kind'),
            render: (_, e) => t(`privacyLog.kinds.${e.kind}`),
          },
          {
            key: 'customer',
            title: t('privacyLog.columns.customer'),
            render: (_, e) =>
              e.customerId ? (
                <Button
                  type="link"
                  size="small"
                  aria-label={`${t('privacyLog.open')} ${e.customerId}`}
                  onClick={() => navigate(customerRoute(e.customerId!))}
                >
                  <Typography.Text code>{e.customerId}</Typography.Text>
                </Button>
              ) : (
                `${t('privacyLog.allCustomers')}${e.count === null ? '' : ` (${e.count})`}`
              ),
          },
          {
            key: 'by',
            title: t('privacyLog.columns.by'),
            render: (_, e) => (e.staffId && staffNames.get(e.staffId)) || t('privacyLog.nobody'),
          },
        ]}
      />
    </Card>
  );
}
