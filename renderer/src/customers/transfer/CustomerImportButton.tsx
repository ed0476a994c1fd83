import { useState } from 'react';
import { Button } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useBusinessDate, useShopClock } from '../../menu/use-menu';
import { CustomerImportDialog } from './CustomerImportDialog';

/** Opens the customer import (CSV or vCard, preview and totals first). */
export function CustomerImportButton() {
  const { t } = useTranslation('customers');
  const businessDate = useBusinessDate(useShopClock());
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<UploadOutlined />} disabled={!businessDate} onClick={() => setOpen(true)}>
        {t('transfer.import.open')}
      </Button>
      {open && businessDate && (
        <CustomerImportDialog businessDate={businessDate} onClose={() => setOpen(false)} />
      )}
    </>
  );
}
