import { Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AuditPanel } from './AuditPanel';
import { MembersPanel } from './MembersPanel';
import { OwnerSetup } from './OwnerSetup';
import { RolesPanel } from './RolesPanel';
import { useStaffMembers } from '../use-staff';

/** 店员: the shop's staff list, its roles and their rights, and the audit log. */
export function StaffPage() {
  const { t } = useTranslation('staff');
  const members = useStaffMembers();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1080 }}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 24 }}>
          {t('page.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('page.intro')}</Typography.Paragraph>
      </div>
      {members && members.length === 0 ? (
        <OwnerSetup />
      ) : (
        <Tabs
          items={[
            { key: 'members', label: t('page.tabs.members'), children: <MembersPanel /> },
            { key: 'roles', label: t('page.tabs.roles'), children: <RolesPanel /> },
            { key: 'audit', label: t('page.tabs.audit'), children: <AuditPanel /> },
          ]}
        />
      )}
    </Space>
  );
}
