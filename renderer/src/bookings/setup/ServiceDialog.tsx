import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Resource, Service } from '@domain/bookings/schema';
import { newId } from '@domain/ids';
import { useRun } from '../../menu/use-run';
import { useActiveVendor } from '../../vendors/use-vendor';
import { showProblems } from './form-problems';
import { saveService } from './setup-actions';
import { serviceFromValues, serviceValues, type ServiceValues } from './setup-values';

interface Props {
  service: Service | null;
  resources: Resource[];
  nextSort: number;
  onClose: () => void;
}

/** Adds or edits a service: its names, length, price, buffer, who serves it, how many at once. */
export function ServiceDialog({ service, resources, nextSort, onClose }: Props) {
  const { t } = useTranslation('bookings');
  const { db } = useActiveVendor();
  const run = useRun();
  const [form] = Form.useForm<ServiceValues>();
  // The whole store, fields not shown now included (a rule's id, a staff member's hours).
  const submit = () =>
    void run(async () => {
      const values = form.getFieldsValue(true) as ServiceValues;
      const parsed = serviceFromValues(values, {
        id: service?.id ?? newId(),
        sort: service?.sort ?? nextSort,
        archived: service?.archived ?? false,
        createdAt: service?.createdAt ?? Date.now(),
      });
      if (!parsed.ok) return showProblems(form, parsed.problems, t);
      await saveService(db, parsed.value);
      onClose();
    });
  return (
    <Modal
      open
      title={service ? t('setup.services.edit') : t('setup.services.add')}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<ServiceValues>
        form={form}
        layout="vertical"
        initialValues={serviceValues(service)}
        onFinish={submit}
      >
        <Form.Item name="nameZh" label={t('setup.services.nameZh')} required>
          <Input maxLength={80} autoFocus />
        </Form.Item>
        <Form.Item name="nameEn" label={t('setup.services.nameEn')}>
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="durationMin" label={t('setup.services.duration')} required>
          <InputNumber min={5} max={1440} precision={0} suffix={t('setup.minutes')} />
        </Form.Item>
        <Form.Item name="price" label={t('setup.services.price')} required>
          <Input prefix="¥" inputMode="decimal" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          name="bufferAfterMin"
          label={t('setup.services.buffer')}
          extra={t('setup.services.bufferHint')}
        >
          <InputNumber min={0} max={240} precision={0} suffix={t('setup.minutes')} />
        </Form.Item>
        <Form.Item name="resourceIds" label={t('setup.services.resources')}>
          <Select
            mode="multiple"
            placeholder={t('setup.services.resourcesAny')}
            options={resources
              .filter((resource) => !resource.archived)
              .map((resource) => ({ value: resource.id, label: resource.name }))}
          />
        </Form.Item>
        <Form.Item
          name="capacity"
          label={t('setup.services.capacity')}
          extra={t('setup.services.capacityHint')}
        >
          <InputNumber min={1} max={500} precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
