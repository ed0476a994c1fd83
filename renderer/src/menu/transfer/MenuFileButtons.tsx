import { useState } from 'react';
import { App, Button, Dropdown } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Menu } from '@domain/menu/schema';
import { useBusinessDate, useShopClock } from '../use-menu';
import { exportFileName, exportMenu } from './export-menu';
import { ImportDialog } from './ImportDialog';

/** Import a CSV (preview first) and export the menu (for Excel with a BOM, or plain UTF-8). */
export function MenuFileButtons({ menu }: { menu: Menu }) {
  const { t } = useTranslation(['menu', 'common']);
  const { message } = App.useApp();
  const businessDate = useBusinessDate(useShopClock()) ?? 'menu';
  const [importing, setImporting] = useState(false);

  const save = async (bom: boolean) => {
    const result = await exportMenu(menu, { bom, fileName: exportFileName(businessDate, bom) });
    if (!result.ok) message.error(t('export.failed'));
    else if (result.value.saved) message.success(t('export.saved', { count: menu.items.length }));
  };

  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
        {t('import.open')}
      </Button>
      <Dropdown
        menu={{
          items: [
            { key: 'bom', label: t('export.excel'), onClick: () => void save(true) },
            { key: 'plain', label: t('export.plain'), onClick: () => void save(false) },
          ],
        }}
      >
        <Button icon={<DownloadOutlined />} disabled={menu.items.length === 0}>
          {t('export.action')}
        </Button>
      </Dropdown>
      {importing && <ImportDialog menu={menu} onClose={() => setImporting(false)} />}
    </>
  );
}
