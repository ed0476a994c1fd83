import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import { LockOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { roleLabel, useDeskState, useStaffRoles } from '../use-staff';
import { useDeskControls } from './desk-context';

/** The header's "who is at the desk": the member and their role, switch (F2) and lock. */
export function DeskBadge() {
  const { t } = useTranslation('staff');
  const desk = useDeskState();
  const roles = useStaffRoles();
  const { openSwitch, lock } = useDeskControls();
  if (!desk) return null;
  if (!desk.staffSetUp) {
    return (
      <Typography.Text aria-label={t('desk.label')} type="secondary">
        {t('desk.deviceOwner')}
      </Typography.Text>
    );
  }
  if (!desk.member) return null;
  return (
    <Space size="small" role="group" aria-label={t('desk.label')}>
      <Typography.Text strong>{desk.member.name}</Typography.Text>
      <Tag>{roleLabel(t, desk.member.roleId, roles)}</Tag>
      <Tooltip title={t('desk.switchHint')}>
        <Button size="small" icon={<UserSwitchOutlined />} onClick={openSwitch}>
          {t('desk.switch')}
        </Button>
      </Tooltip>
      <Button size="small" icon={<LockOutlined />} onClick={lock}>
        {t('desk.lock')}
      </Button>
    </Space>
  );
}
