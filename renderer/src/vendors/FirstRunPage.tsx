import { Card, Layout, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SignInForm } from '../account/SignInForm';
import { LanguageSwitch } from '../settings/LanguageSwitch';
import { VendorProfileForm } from './VendorProfileForm';

/**
 * The first screen on a new device: create the first shop profile here, or sign in to a
 * platform account (the demo shop is one click) and download the shops it holds.
 */
export function FirstRunPage() {
  const { t } = useTranslation(['vendor', 'common']);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Content
        style={{ maxWidth: 760, margin: '32px auto', width: '100%', padding: '0 16px' }}
      >
        <main>
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
            <Typography.Title level={1} style={{ fontSize: 28 }}>
              {t('firstRun.title')}
            </Typography.Title>
            <LanguageSwitch />
          </div>
          <Typography.Paragraph>{t('firstRun.intro')}</Typography.Paragraph>
          <Card>
            <Tabs
              items={[
                {
                  key: 'create',
                  label: t('firstRun.createTab'),
                  children: <VendorProfileForm onCreated={() => undefined} />,
                },
                {
                  key: 'signIn',
                  label: t('firstRun.signInTab'),
                  children: (
                    <>
                      <Typography.Paragraph>{t('firstRun.signInIntro')}</Typography.Paragraph>
                      <SignInForm />
                    </>
                  ),
                },
              ]}
            />
          </Card>
        </main>
      </Layout.Content>
    </Layout>
  );
}
