/**
 * The storefront page (店铺装修): the block editor with its phone preview, and the versions.
 */
import { App, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Editor } from './editor/Editor';
import { PublishBar, VersionsTab } from './versions';

export function StorefrontPage() {
  const { t } = useTranslation('storefront');
  return (
    // The nested App gives the page's messages and confirm dialogs the console's theme.
    <App>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('part.name')}
      </Typography.Title>
      <PublishBar />
      <Tabs
        items={[
          { key: 'editor', label: t('editor.tabs.editor'), children: <Editor /> },
          { key: 'versions', label: t('editor.tabs.versions'), children: <VersionsTab /> },
        ]}
      />
    </App>
  );
}
