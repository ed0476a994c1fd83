import { useState } from 'react';
import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { permissionsByPart } from '@domain/staff/required';
import { roleAllows } from '@domain/staff/roles';
import type { StaffRole } from '@domain/staff/schema';
import { useStaffRoles } from '../use-staff';
import { permissionLabel } from './permission-labels';
import { RoleDialog } from './RoleDialog';

const everyPermission = permissionsByPart().flatMap((group) => group.ids);

function PermissionTags({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation('staff');
  if (ids.length === 0)
    return <Typography.Text type="secondary">{t('rolesPanel.none')}</Typography.Text>;
  return (
    <Space size={[4, 4]} wrap>
      {ids.map((id) => (
        <Tag key={id}>{permissionLabel(t, id)}</Tag>
      ))}
    </Space>
  );
}

/** The built-in roles with what they may do, and the shop's own roles with their rights. */
export function RolesPanel() {
  const { t } = useTranslation('staff');
  const roles = useStaffRoles();
  const [editing, setEditing] = useState<StaffRole | 'new' | null>(null);
  const builtIn = (['owner', 'manager', 'cashier'] as const).map((id) => ({
    id,
    name: t(`roles.${id}`),
    ids: everyPermission.filter((permission) => roleAllows(id, permission, null)),
  }));
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('rolesPanel.builtIn')}>
        <List
          dataSource={builtIn}
          rowKey="id"
          renderItem={(role) => (
            <List.Item>
              <List.Item.Meta
                title={role.name}
                description={
                  role.id === 'owner' ? t('rolesPanel.all') : <PermissionTags ids={role.ids} />
                }
              />
            </List.Item>
          )}
        />
      </Card>
      <Card
        title={t('rolesPanel.custom')}
        extra={
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('rolesPanel.add')}
          </Button>
        }
      >
        <List
          dataSource={roles ?? []}
          rowKey="id"
          locale={{ emptyText: <Typography.Text>{t('rolesPanel.noCustom')}</Typography.Text> }}
          renderItem={(role) => (
            <List.Item
              actions={[
                <Button key="edit" size="small" onClick={() => setEditing(role)}>
                  {t('rolesPanel.edit')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={role.name}
                description={<PermissionTags ids={role.permissions} />}
              />
            </List.Item>
          )}
        />
      </Card>
      {editing && (
        <RoleDialog role={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Space>
  );
}
