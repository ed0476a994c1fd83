import { Checkbox, Form, Input, InputNumber, Modal, Segmented, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { resourceKinds, type Resource, type Service } from '@domain/bookings/schema';
import { newId } from '@domain/ids';
import { useRun } from '../../menu/use-run';
import { OpeningHoursField } from '../../vendors/OpeningHoursField';
import { useActiveVendor } from '../../vendors/use-vendor';
import { showProblems } from './form-problems';
import { saveResource } from './setup-actions';
import { resourceFromValues, resourceValues, type ResourceValues } from './setup-values';

interface Props {
  /** The resource edited; null adds one. */
  resource: Resource | null;
  services: Service[];
  nextSort: number;
  onClose: () => void;
}

/** Adds or edits a table, room, staff member or piece of equipment. */
export function ResourceDialog({ resource, services, nextSort, onClose }: Props) {
  const { t, i18n } = useTranslation('bookings');
  const { db } = useActiveVendor();
  const run = useRun();
  const [form] = Form.useForm<ResourceValues>();
  const kind = (Form.useWatch('kind', form) ?? resource?.kind ?? 'table') as Resource['kind'];
  const ownHours = Form.useWatch('ownHours', form) as boolean | undefined;
  const seats = kind === 'table' || kind === 'room';
  const english = i18n.language.startsWith('en');

  // The whole store, fields not shown now included (a rule's id, a staff member's hours).
  const submit = () =>
    void run(async () => {
      const values = form.getFieldsValue(true) as ResourceValues;
      const parsed = resourceFromValues(values, {
        id: resource?.id ?? newId(),
        sort: resource?.sort ?? nextSort,
        archived: resource?.archived ?? false,
        createdAt: resource?.createdAt ?? Date.now(),
      });
      if (!parsed.ok) return showProblems(form, parsed.problems, t);
      await saveResource(db, parsed.value);
      onClose();
    });

  return (
    <Modal
      open
      title={resource ? t('setup.resources.edit') : t('setup.resources.add')}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      <Form<ResourceValues>
        form={form}
        layout="vertical"
        initialValues={resourceValues(resource, 'table')}
        onFinish={submit}
      >
        <Form.Item name="kind" label={t('setup.resources.kind')}>
          <Segmented
            options={resourceKinds.map((value) => ({
              value,
              label: t(`setup.resources.kinds.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="name" label={t('setup.resources.name')} required>
          <Input maxLength={30} autoFocus />
        </Form.Item>
        {seats && (
          <>
            <Form.Item
              name="area"
              label={t('setup.resources.area')}
              extra={t('setup.resources.areaHint')}
            >
              <Input maxLength={20} />
            </Form.Item>
            <Form.Item label={t('setup.resources.seats')} required>
              <Form.Item name="minParty" noStyle>
                <InputNumber
                  min={1}
                  max={200}
                  precision={0}
                  aria-label={t('setup.resources.minParty')}
                />
              </Form.Item>
              <span style={{ margin: '0 8px' }}>–</span>
              <Form.Item name="maxParty" noStyle>
                <InputNumber
                  min={1}
                  max={200}
                  precision={0}
                  aria-label={t('setup.resources.maxParty')}
                />
              </Form.Item>
            </Form.Item>
          </>
        )}
        {kind === 'table' && (
          <Form.Item name="combinable" valuePropName="checked">
            <Checkbox>{t('setup.resources.combinable')}</Checkbox>
          </Form.Item>
        )}
        {kind === 'staff' && (
          <>
            <Form.Item name="serviceIds" label={t('setup.resources.services')}>
              <Select
                mode="multiple"
                options={services
                  .filter((service) => !service.archived)
                  .map((service) => ({
                    value: service.id,
                    label: (english && service.name.en) || service.name.zh,
                  }))}
                placeholder={t('setup.resources.servicesNone')}
              />
            </Form.Item>
            <Form.Item
              name="ownHours"
              label={t('setup.resources.ownHours')}
              valuePropName="checked"
              extra={t('setup.resources.ownHoursHint')}
            >
              <Switch />
            </Form.Item>
            {ownHours && <OpeningHoursField />}
          </>
        )}
      </Form>
    </Modal>
  );
}
