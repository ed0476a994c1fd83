import { Form, Input, Modal, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { builtInRoleIds, type StaffMember } from '@domain/staff/schema';
import { useRun } from '../../menu/use-run';
import { useActiveVendor } from '../../vendors/use-vendor';
import { addStaffMember, editStaffMember } from '../actions';
import { roleLabel, useStaffRoles } from '../use-staff';
import { PinFields } from './pin-fields';

interface Values {
  name: string;
  roleId: string;
  active: boolean;
  pin?: string;
}

/** Add a member (name, role, PIN) or edit one (and reset their PIN). */
export function MemberDialog({
  member,
  members,
  onClose,
}: {
  member: StaffMember | null;
  members: readonly StaffMember[];
  onClose: () => void;
}) {
  const { t } = useTranslation('staff');
  const { db } = useActiveVendor();
  const roles = useStaffRoles();
  const run = useRun();
  const [form] = Form.useForm<Values>();
  const otherOwners = members.filter(
    (other) => other.id !== member?.id && other.active && other.roleId === 'owner',
  );
  const save = async (values: Values) => {
    const saved = await run(async () => {
      if (member) await editStaffMember(db, member, values);
      else await addStaffMember(db, { ...values, pin: values.pin ?? '' });
      return true;
    });
    if (saved) onClose();
  };
  const roleOptions = [
    ...builtInRoleIds.map((id) => ({ value: id, label: roleLabel(t, id, roles) })),
    ...(roles ?? []).map((role) => ({ value: role.id, label: role.name })),
  ];
  return (
    <Modal
      open
      title={member ? t('members.editTitle', { name: member.name }) : t('members.addTitle')}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={member ?? { roleId: 'cashier', active: true }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item
          name="name"
          label={t('members.name')}
          rules={[{ required: true, whitespace: true, message: t('members.nameRequired') }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item
          name="roleId"
          label={t('members.role')}
          rules={[
            {
              validator: async (_rule, roleId: string) => {
                if (member?.roleId === 'owner' && roleId !== 'owner' && otherOwners.length === 0)
                  throw new Error(t('members.lastOwner'));
              },
            },
          ]}
        >
          <Select options={roleOptions} />
        </Form.Item>
        {member && (
          <Form.Item
            name="active"
            label={t('members.active')}
            valuePropName="checked"
            rules={[
              {
                validator: async (_rule, active: boolean) => {
                  if (member.roleId === 'owner' && !active && otherOwners.length === 0)
                    throw new Error(t('members.lastOwner'));
                },
              },
            ]}
          >
            <Switch />
          </Form.Item>
        )}
        <PinFields t={t} optional={member !== null} />
      </Form>
    </Modal>
  );
}
