import { Card, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEFAULT_IDLE_LOCK_MINUTES } from '@domain/staff/schema';
import { useRun } from '../../menu/use-run';
import { useActiveVendor } from '../../vendors/use-vendor';
import { setIdleLockMinutes } from '../actions';
import { useStaffSettings } from '../use-staff';

const CHOICES = [1, 2, 5, 10, 15, 30, 60];

/** Settings: how long the desk may sit idle before it locks (a shop setting, synced). */
export function IdleLockSetting() {
  const { t } = useTranslation('staff');
  const { db, vendorId } = useActiveVendor();
  const settings = useStaffSettings();
  const run = useRun();
  if (settings === undefined) return null;
  const current = settings ? settings.idleLockMinutes : DEFAULT_IDLE_LOCK_MINUTES;
  return (
    <Card title={t('idle.title')}>
      <Form layout="vertical">
        <Form.Item label={t('idle.label')} htmlFor="idle-lock" extra={t('idle.help')}>
          <Select
            id="idle-lock"
            style={{ maxWidth: 240 }}
            value={current === null ? 'never' : String(current)}
            onChange={(value: string) =>
              void run(() =>
                setIdleLockMinutes(db, vendorId, value === 'never' ? null : Number(value)),
              )
            }
            options={[
              ...CHOICES.map((minutes) => ({
                value: String(minutes),
                label: t('idle.minutes', { count: minutes }),
              })),
              { value: 'never', label: t('idle.never') },
            ]}
          />
        </Form.Item>
      </Form>
    </Card>
  );
}
