import { useState } from 'react';
import { App, Button, Checkbox, Flex, Modal, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useRun } from '../../menu/use-run';
import { useActiveVendor, useVendorProfile } from '../../vendors/use-vendor';
import { collectPrivacyExport, savePrivacyExport, type PrivacyFiles } from './privacy-data';

/** One customer's copy of their data (PIPL art. 45): JSON and/or CSV, logged before it is saved. */
export function PrivacyExportButton({ customerId }: { customerId: string }) {
  const { t } = useTranslation(['customers', 'common']);
  const { db } = useActiveVendor();
  const shopName = useVendorProfile()?.name ?? '';
  const { message } = App.useApp();
  const run = useRun();
  const [open, setOpen] = useState(false);
  const [files, setFiles] = useState<PrivacyFiles>({ json: true, csv: true });
  const data = useLiveQuery(
    () => (open ? collectPrivacyExport(db, customerId, shopName) : undefined),
    [db, customerId, shopName, open],
  );

  const save = async () => {
    if (!data) return;
    const saved = await run(() => savePrivacyExport(db, data, files, t));
    if (saved === undefined) return;
    setOpen(false);
    message.success(t('transfer.privacy.saved', { count: saved }));
  };

  return (
    <>
      <Button icon={<SafetyCertificateOutlined />} onClick={() => setOpen(true)}>
        {t('transfer.privacy.open')}
      </Button>
      {open && (
        <Modal
          open
          title={t('transfer.privacy.title')}
          onCancel={() => setOpen(false)}
          okText={t('transfer.privacy.action')}
          okButtonProps={{ disabled: !data || (!files.json && !files.csv) }}
          onOk={() => void save()}
          cancelText={t('common:actions.cancel')}
        >
          <Flex vertical gap={12}>
            <Typography.Paragraph>{t('transfer.privacy.intro')}</Typography.Paragraph>
            {data && (
              <Typography.Text>
                {t('transfer.privacy.counts', {
                  profiles: data.profiles.length,
                  storedValue: data.records.storedValueEntry?.length ?? 0,
                  points: data.records.pointsEntry?.length ?? 0,
                  sales: data.records.saleEntry?.length ?? 0,
                })}
              </Typography.Text>
            )}
            <Typography.Text strong>{t('transfer.privacy.files')}</Typography.Text>
            <Checkbox
              checked={files.json}
              onChange={(event) => setFiles({ ...files, json: event.target.checked })}
            >
              {t('transfer.privacy.json')}
            </Checkbox>
            <Checkbox
              checked={files.csv}
              onChange={(event) => setFiles({ ...files, csv: event.target.checked })}
            >
              {t('transfer.privacy.csv')}
            </Checkbox>
          </Flex>
        </Modal>
      )}
    </>
  );
}
