import { useState } from 'react';
import { Button, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '@domain/staff/schema';
import { roleLabel, useStaffMembers, useStaffRoles } from '../use-staff';
import { MemberDialog } from './MemberDialog';

/** The staff list: name, role, active or not; add and edit. */
export function MembersPanel() {
  const { t } = useTranslation('staff');
  const members = useStaffMembers();
  const roles = useStaffRoles();
  const [editing, setEditing] = useState<StaffMember | 'new' | null>(null);
  return (
    <>
      <Button
        type="primary"
        icon={<PlusOutlined />}
        onClick={() => setEditing('new')}
        style={{ marginBottom: 16 }}
      >
        {t('members.add')}
      </Button>
      <Table<StaffMember>
        aria-label={t('members.listLabel')}
        rowKey="id"
        loading={members === undefined}
        dataSource={members ?? []}
        pagination={false}
        columns={[
          { title: t('members.name'), dataIndex: 'name' },
          {
            title: t('members.role'),
            key: 'role',
            render: (_, member) => roleLabel(t, member.roleId, roles),
          },
          {
            title: t('members.status'),
            key: 'status',
            render: (_, member) =>
              member.active ? (
                <Tag color="#237804">{t('members.active')}</Tag>
              ) : (
                <Tag>{t('members.inactive')}</Tag>
              ),
          },
          {
            title: t('members.actions'),
            key: 'actions',
            render: (_, member) => (
              <Button
                size="small"
                onClick={() => setEditing(member)}
                aria-label={`${t('members.edit')} ${member.name}`}
              >
                {t('members.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing && (
        <MemberDialog
          member={editing === 'new' ? null : editing}
          members={members ?? []}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
