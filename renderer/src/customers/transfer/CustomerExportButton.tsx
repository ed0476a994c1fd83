import { useState } from 'react';
import { App, Button, Flex, Modal, Radio, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useBusinessDate, useShopClock } from '../../menu/use-menu';
import { useRun } from '../../menu/use-run';
import { useActiveVendor } from '../../vendors/use-vendor';
import { exportCustomers } from './export-customers';

/** Exports the customer list as an Excel-friendly CSV, phones masked unless the shop asks (and may). */
export function CustomerExportButton() {
  const { t } = useTranslation(['customers', 'common']);
  const { db } = useActiveVendor();
  const { message } = App.useApp();
  const run = useRun();
  const clock = useShopClock();
  const businessDate = useBusinessDate(clock);
  const count = useLiveQuery(
    () => db.customer.filter((c) => c.mergedInto === null && c.erasedAt === null).count(),
    [db],
  );
  const [open, setOpen] = useState(false);
  const [wholeNumbers, setWholeNumbers] = useState(false);

  const save = async () => {
    if (!clock || !businessDate) return;
    const saved = await run(() =>
      exportCustomers(db, t, { wholeNumbers, timeZone: clock.timeZone, businessDate }),
    );
    if (saved === undefined) return;
    setOpen(false);
    if (saved !== null) message.success(t('transfer.export.saved', { count: saved }));
  };

  return (
    <>
      <Button
        icon={<DownloadOutlined />}
        disabled={!count || !businessDate}
        onClick={() => setOpen(true)}
      >
        {t('transfer.export.open')}
      </Button>
      {open && (
        <Modal
          open
          title={t('transfer.export.title')}
          onCancel={() => setOpen(false)}
          okText={t('transfer.export.action', { count: count ?? 0 })}
          onOk={() => void save()}
          cancelText={t('common:actions.cancel')}
        >
          <Flex vertical gap={12}>
            <Typography.Paragraph>{t('transfer.export.intro')}</Typography.Paragraph>
            <Typography.Text strong id="customer-export-phones">
              {t('transfer.export.phones')}
            </Typography.Text>
            <Radio.Group
              aria-labelledby="customer-export-phones"
              value={wholeNumbers}
              onChange={(event) => setWholeNumbers(event.target.value as boolean)}
              options={[
                { value: false, label: t('transfer.export.masked') },
                { value: true, label: t('transfer.export.whole') },
              ]}
            />
            {wholeNumbers && (
              <Typography.Text type="secondary">{t('transfer.export.wholeNote')}</Typography.Text>
            )}
          </Flex>
        </Modal>
      )}
    </>
  );
}
