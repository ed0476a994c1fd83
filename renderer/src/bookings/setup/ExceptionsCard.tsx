import { Button, Card, Flex, Form, Input, Radio, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../desk/EmptyNote';
import type { BookingException } from '@domain/bookings/schema';
import { newId } from '@domain/ids';
import { useRun } from '../../menu/use-run';
import { useActiveVendor } from '../../vendors/use-vendor';
import { showProblems } from './form-problems';
import { removeException, saveException } from './setup-actions';
import { exceptionFromValues, type ExceptionValues } from './setup-values';

/** Closed days and special hours by date, typed in or imported from a calendar (source 'ics'). */
export function ExceptionsCard({ exceptions }: { exceptions: BookingException[] }) {
  const { t } = useTranslation('bookings');
  const { db } = useActiveVendor();
  const run = useRun();
  const [form] = Form.useForm<ExceptionValues>();
  const kind = Form.useWatch('kind', form) as ExceptionValues['kind'] | undefined;
  // The whole store, fields not shown now included (a rule's id, a staff member's hours).
  const submit = () =>
    void run(async () => {
      const values = form.getFieldsValue(true) as ExceptionValues;
      const parsed = exceptionFromValues(values, { id: newId(), createdAt: Date.now() });
      if (!parsed.ok) return showProblems(form, parsed.problems, t);
      await saveException(db, parsed.value);
      form.resetFields();
    });
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('setup.exceptions.title')}</h2>}>
      <Form<ExceptionValues>
        form={form}
        layout="vertical"
        initialValues={{ date: '', kind: 'closed', opensAt: '11:00', closesAt: '21:00', label: '' }}
        onFinish={submit}
      >
        <Flex gap={12} wrap align="end">
          <Form.Item name="date" label={t('setup.exceptions.date')} required>
            <Input type="date" style={{ width: 170 }} />
          </Form.Item>
          <Form.Item name="kind" label={t('setup.exceptions.kind')}>
            <Radio.Group
              optionType="button"
              options={(['closed', 'hours'] as const).map((value) => ({
                value,
                label: t(`setup.exceptions.kinds.${value}`),
              }))}
            />
          </Form.Item>
          {kind === 'hours' && (
            <>
              <Form.Item name="opensAt" label={t('setup.exceptions.opensAt')}>
                <Input type="time" style={{ width: 130 }} />
              </Form.Item>
              <Form.Item name="closesAt" label={t('setup.exceptions.closesAt')}>
                <Input type="time" style={{ width: 130 }} />
              </Form.Item>
            </>
          )}
          <Form.Item name="label" label={t('setup.exceptions.label')}>
            <Input maxLength={60} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item>
            <Button htmlType="submit">{t('setup.exceptions.add')}</Button>
          </Form.Item>
        </Flex>
      </Form>
      <Table<BookingException>
        rowKey="id"
        size="small"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={exceptions}
        locale={{ emptyText: <EmptyNote>{t('setup.exceptions.empty')}</EmptyNote> }}
        columns={[
          { title: t('setup.exceptions.date'), dataIndex: 'date' },
          {
            title: t('setup.exceptions.kind'),
            render: (_, row) =>
              row.kind === 'closed'
                ? t('setup.exceptions.kinds.closed')
                : row.hours.map((period) => `${period.open}–${period.close}`).join(', '),
          },
          { title: t('setup.exceptions.label'), dataIndex: 'label' },
          {
            title: t('setup.exceptions.source'),
            render: (_, row) =>
              row.source === 'ics' ? (
                <Tag color="purple">{t('setup.exceptions.imported')}</Tag>
              ) : (
                t('setup.exceptions.manual')
              ),
          },
          {
            title: t('setup.actions'),
            render: (_, row) => (
              <Button
                size="small"
                onClick={() => void run(() => removeException(db, row.id))}
                aria-label={t('setup.exceptions.removeNamed', { date: row.date })}
              >
                {t('setup.remove')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
