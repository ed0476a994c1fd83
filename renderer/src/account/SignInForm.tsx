import { useState } from 'react';
import { Alert, App as AntApp, Button, Divider, Form, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { secretsAreWeak } from '../desktop/bridge';
import { DEFAULT_PLATFORM_URL, DEMO_SHOP, normalisePlatformUrl } from './platform-address';
import { signInToPlatform } from './sign-in';
import { signInProblemText } from './sign-in-problem';

interface SignInValues {
  platformUrl: string;
  login: string;
  password: string;
  deviceName: string;
}

/** Signs this device in to a platform account (or the demo shop) and opens the account's shop. */
export function SignInForm({ onSignedIn }: { onSignedIn?: (shopName: string) => void }) {
  const { t } = useTranslation('account');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<SignInValues>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const signIn = async (values: SignInValues) => {
    setBusy(true);
    setProblem(null);
    try {
      const { vendors, openVendorId } = await signInToPlatform(values);
      const shop = vendors.find((vendor) => vendor.id === openVendorId)?.name ?? '';
      void message.success(t('signedIn.welcome', { shop }));
      onSignedIn?.(shop);
    } catch (error) {
      setProblem(signInProblemText(error, t));
    } finally {
      setBusy(false);
    }
  };

  const useDemo = async () => {
    form.setFieldsValue({ login: DEMO_SHOP.login, password: DEMO_SHOP.password });
    const values = await form.validateFields().catch(() => null);
    if (values) await signIn(values);
  };

  return (
    <Form<SignInValues>
      form={form}
      layout="vertical"
      onFinish={signIn}
      initialValues={{
        platformUrl: DEFAULT_PLATFORM_URL,
        login: '',
        password: '',
        deviceName: t('form.deviceNameDefault'),
      }}
      requiredMark={false}
    >
      <Alert
        type={secretsAreWeak ? 'warning' : 'info'}
        showIcon
        title={secretsAreWeak ? t('storage.weak') : t('storage.secure')}
        style={{ marginBottom: 16 }}
      />
      <Form.Item
        name="platformUrl"
        label={t('form.platformUrl')}
        extra={t('form.platformUrlHelp')}
        rules={[
          {
            validator: async (_, value: string) => {
              if (!normalisePlatformUrl(value ?? '')) throw new Error(t('validation.urlInvalid'));
            },
          },
        ]}
      >
        <Input inputMode="url" autoComplete="url" />
      </Form.Item>
      <Form.Item
        name="login"
        label={t('form.login')}
        rules={[{ required: true, whitespace: true, message: t('validation.loginRequired') }]}
      >
        <Input autoComplete="username" />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('form.password')}
        rules={[{ required: true, message: t('validation.passwordRequired') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="deviceName"
        label={t('form.deviceName')}
        extra={t('form.deviceNameHelp')}
        rules={[{ required: true, whitespace: true, message: t('validation.deviceNameRequired') }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('form.submit')}
      </Button>
      <Divider />
      <Space orientation="vertical">
        <Button onClick={useDemo} disabled={busy}>
          {t('form.demo')}
        </Button>
        <Typography.Text type="secondary">{t('form.demoHelp')}</Typography.Text>
      </Space>
    </Form>
  );
}
