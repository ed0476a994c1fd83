import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRun } from '../../menu/use-run';
import { useActiveVendor } from '../../vendors/use-vendor';
import { setUpOwner } from '../actions';
import { PinFields } from './pin-fields';

/**
 * First run of staff: the owner (who holds the platform account) names themself and sets a PIN.
 * Until then this desk acts as the owner, as it always did.
 */
export function OwnerSetup() {
  const { t } = useTranslation('staff');
  const { db } = useActiveVendor();
  const run = useRun();
  const [form] = Form.useForm<{ name: string; pin: string }>();
  return (
    <Card title={t('setup.title')} style={{ maxWidth: 560 }}>
      <Alert type="info" showIcon title={t('setup.body')} style={{ marginBottom: 16 }} />
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => void run(() => setUpOwner(db, values))}
      >
        <Form.Item
          name="name"
          label={t('setup.ownerName')}
          rules={[{ required: true, whitespace: true, message: t('members.nameRequired') }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <PinFields t={t} />
        <Button type="primary" htmlType="submit">
          {t('setup.start')}
        </Button>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
        {t('desk.switchHint')}
      </Typography.Paragraph>
    </Card>
  );
}
