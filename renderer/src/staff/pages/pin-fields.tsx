import { Form, Input } from 'antd';
import type { TFunction } from 'i18next';
import { pinProblem } from '@domain/staff/pin';

/** A new PIN typed twice; `optional` leaves the PIN unchanged when both are empty. */
export function PinFields({ t, optional = false }: { t: TFunction<'staff'>; optional?: boolean }) {
  return (
    <>
      <Form.Item
        name="pin"
        label={optional ? t('members.newPin') : t('members.pin')}
        extra={optional ? t('members.newPinHelp') : t('desk.pinHelp')}
        rules={[
          {
            validator: async (_rule, value: string | undefined) => {
              if (optional && !value) return;
              if (pinProblem(value ?? '')) throw new Error(t('desk.pinFormat'));
            },
          },
        ]}
      >
        <Input.Password inputMode="numeric" autoComplete="new-password" maxLength={6} />
      </Form.Item>
      <Form.Item
        name="confirmPin"
        label={t('members.confirmPin')}
        dependencies={['pin']}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_rule, value: string | undefined) => {
              if ((value ?? '') !== (getFieldValue('pin') ?? '')) {
                throw new Error(t('members.mismatch'));
              }
            },
          }),
        ]}
      >
        <Input.Password inputMode="numeric" autoComplete="new-password" maxLength={6} />
      </Form.Item>
    </>
  );
}
