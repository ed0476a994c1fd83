import { Form, Input, Modal, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Category, Daypart } from '@domain/menu/schema';
import { AvailabilityFields } from '../item-form/AvailabilityFields';
import type { CategoryFields } from '../actions/category-actions';

interface CategoryFormValues {
  nameZh: string;
  nameEn: string;
  hidden: boolean;
  daypartIds: string[];
  weekdays: number[];
}

interface CategoryDialogProps {
  category: Category | null;
  dayparts: readonly Daypart[];
  onCancel: () => void;
  onSave: (fields: CategoryFields) => Promise<void>;
}

function initialValues(category: Category | null): CategoryFormValues {
  return {
    nameZh: category?.name.zh ?? '',
    nameEn: category?.name.en ?? '',
    hidden: category?.hidden ?? false,
    daypartIds: category?.availability?.daypartIds ?? [],
    weekdays: category?.availability?.weekdays ?? [],
  };
}

/** Creates or edits a category: names in both languages, hidden, and when it is on sale. */
export function CategoryDialog({ category, dayparts, onCancel, onSave }: CategoryDialogProps) {
  const { t } = useTranslation('menu');
  const [form] = Form.useForm<CategoryFormValues>();
  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const limited = values.daypartIds.length > 0 || values.weekdays.length > 0;
    await onSave({
      name: { zh: values.nameZh.trim(), en: values.nameEn.trim() || null },
      hidden: values.hidden,
      availability: limited
        ? { daypartIds: values.daypartIds, weekdays: [...values.weekdays].sort() }
        : null,
    });
  };
  return (
    <Modal
      open
      title={t(category ? 'categories.editTitle' : 'categories.newTitle')}
      okText={t(category ? 'categories.save' : 'categories.create')}
      onOk={submit}
      onCancel={onCancel}
    >
      <Form form={form} layout="vertical" initialValues={initialValues(category)}>
        <Form.Item
          name="nameZh"
          label={t('categories.nameZh')}
          rules={[
            { required: true, whitespace: true, message: t('problem.name_required') },
            { max: 80, message: t('problem.name_too_long') },
          ]}
        >
          <Input autoFocus placeholder={t('categories.nameZhPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="nameEn"
          label={t('categories.nameEn')}
          rules={[{ max: 80, message: t('problem.name_too_long') }]}
        >
          <Input placeholder={t('categories.nameEnPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="hidden"
          label={t('categories.hidden')}
          valuePropName="checked"
          extra={t('categories.hiddenHelp')}
        >
          <Switch />
        </Form.Item>
        <AvailabilityFields dayparts={dayparts} />
      </Form>
    </Modal>
  );
}
