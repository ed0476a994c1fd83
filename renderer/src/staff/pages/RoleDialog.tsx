import { Checkbox, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { partOfPermission } from '@domain/parts';
import { textKeys } from '@domain/parts/text-keys';
import { permissionsByPart } from '@domain/staff/required';
import type { StaffRole } from '@domain/staff/schema';
import { useRun } from '../../menu/use-run';
import { useActiveVendor } from '../../vendors/use-vendor';
import { saveRole } from '../actions';
import { permissionLabel } from './permission-labels';

interface Values {
  name: string;
  permissions: string[];
}

/** A custom role: its name and its rights, listed by the part that declares them. */
export function RoleDialog({ role, onClose }: { role: StaffRole | null; onClose: () => void }) {
  const { t } = useTranslation('staff');
  const { db } = useActiveVendor();
  const run = useRun();
  const [form] = Form.useForm<Values>();
  const save = async (values: Values) => {
    const saved = await run(async () => {
      await saveRole(db, {
        id: role?.id,
        name: values.name,
        permissions: values.permissions ?? [],
      });
      return true;
    });
    if (saved) onClose();
  };
  return (
    <Modal
      open
      title={role ? t('rolesPanel.editTitle', { name: role.name }) : t('rolesPanel.addTitle')}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={role ?? { permissions: [] }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item
          name="name"
          label={t('rolesPanel.name')}
          rules={[{ required: true, whitespace: true, message: t('rolesPanel.nameRequired') }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="permissions" label={t('rolesPanel.permissions')}>
          <Checkbox.Group style={{ display: 'block' }}>
            {permissionsByPart().map((group) => {
              const part = partOfPermission(group.ids[0]!);
              return (
                <fieldset key={group.part} style={{ border: 0, padding: 0, marginBottom: 12 }}>
                  <Typography.Text strong>
                    <legend>{part ? t(textKeys.name(part)) : group.part}</legend>
                  </Typography.Text>
                  {group.ids.map((id) => (
                    <div key={id}>
                      <Checkbox value={id}>{permissionLabel(t, id)}</Checkbox>
                    </div>
                  ))}
                </fieldset>
              );
            })}
          </Checkbox.Group>
        </Form.Item>
      </Form>
    </Modal>
  );
}
