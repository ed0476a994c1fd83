/** The profile's corrections: a refund of unspent principal, a reversal, a points adjustment. */
import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PointsEntry, StoredValueEntry } from '@domain/customers/schema';
import type { ShopClock } from '@domain/menu/shop-clock';
import { parseYuanToFen } from '@domain/money';
import { useFormatFen } from '../../menu/display';
import { useRun } from '../../menu/use-run';
import { useActiveVendor } from '../../vendors/use-vendor';
import { adjustPointsBy, refund, reverseEntry } from '../actions';
import { restMethods, type RestMethod } from '../counter/charge';

interface Base {
  clock: ShopClock;
  onClose: () => void;
  onDone?: (receiptNo: string | null) => void;
}

function ReasonField({ required }: { required: boolean }) {
  const { t } = useTranslation('customers');
  return (
    <Form.Item
      name="reason"
      label={t('ledger.reason')}
      rules={[{ required, whitespace: true, message: t('ledger.reasonRequired') }]}
    >
      <Input maxLength={200} />
    </Form.Item>
  );
}

export function RefundDialog(props: Base & { customerId: string; refundableFen: number }) {
  const { t } = useTranslation('customers');
  const { db } = useActiveVendor();
  const run = useRun();
  const formatFen = useFormatFen();
  const [form] = Form.useForm<{ amount: string; paidWith: RestMethod; reason?: string }>();
  return (
    <Modal
      open
      title={t('ledger.refundTitle')}
      okText={t('ledger.refund')}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <p>{t('ledger.refundable', { amount: formatFen(props.refundableFen) })}</p>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ paidWith: 'cash' }}
        onFinish={(values) =>
          void run(async () => {
            const parsed = parseYuanToFen(values.amount, { maxFen: props.refundableFen });
            if (!parsed.ok) return;
            const receiptNo = await refund(
              db,
              props.clock,
              props.customerId,
              parsed.fen,
              values.paidWith,
              values.reason?.trim() || null,
            );
            props.onDone?.(receiptNo);
            props.onClose();
          })
        }
      >
        <Form.Item
          name="amount"
          label={t('ledger.amount')}
          rules={[
            {
              validator: async (_rule, value: string | undefined) => {
                const parsed = parseYuanToFen(value ?? '', { maxFen: props.refundableFen });
                if (!parsed.ok)
                  throw new Error(
                    t(
                      parsed.error === 'too_large'
                        ? 'ledger.overRefundable'
                        : `charge.errors.${parsed.error}`,
                    ),
                  );
                if (parsed.fen === 0) throw new Error(t('charge.errors.zero'));
              },
            },
          ]}
        >
          <Input inputMode="decimal" prefix="¥" autoComplete="off" />
        </Form.Item>
        <Form.Item name="paidWith" label={t('ledger.paidOutWith')}>
          <Select options={restMethods.map((value) => ({ value, label: t(`methods.${value}`) }))} />
        </Form.Item>
        <ReasonField required={false} />
      </Form>
    </Modal>
  );
}

export function ReverseDialog(
  props: Base & {
    entry: { table: 'storedValue'; row: StoredValueEntry } | { table: 'points'; row: PointsEntry };
    description: string;
  },
) {
  const { t } = useTranslation('customers');
  const { db } = useActiveVendor();
  const run = useRun();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open
      title={t('ledger.reverseTitle')}
      okText={t('ledger.reverse')}
      okButtonProps={{ danger: true }}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <p>{t('ledger.reverseBody', { entry: props.description })}</p>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          void run(async () => {
            const receiptNo = await reverseEntry(
              db,
              props.clock,
              props.entry,
              values.reason.trim(),
            );
            props.onDone?.(receiptNo);
            props.onClose();
          })
        }
      >
        <ReasonField required />
      </Form>
    </Modal>
  );
}

export function AdjustPointsDialog(props: Base & { customerId: string; points: number }) {
  const { t } = useTranslation('customers');
  const { db } = useActiveVendor();
  const run = useRun();
  const [form] = Form.useForm<{ points: number; reason: string }>();
  return (
    <Modal
      open
      title={t('ledger.adjustTitle')}
      okText={t('common:actions.save')}
      cancelText={t('common:actions.cancel')}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <p>{t('ledger.pointsNow', { count: props.points })}</p>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          void run(async () => {
            await adjustPointsBy(
              db,
              props.clock,
              props.customerId,
              values.points,
              values.reason.trim(),
            );
            props.onDone?.(null);
            props.onClose();
          })
        }
      >
        <Form.Item
          name="points"
          label={t('ledger.adjustBy')}
          extra={t('ledger.adjustHint')}
          rules={[
            {
              validator: async (_rule, value: number | null | undefined) => {
                if (!value || !Number.isInteger(value)) throw new Error(t('ledger.adjustNonZero'));
                if (props.points + value < 0)
                  throw new Error(t('ledger.adjustBelowZero', { count: props.points }));
              },
            },
          ]}
        >
          <InputNumber style={{ width: 200 }} precision={0} />
        </Form.Item>
        <ReasonField required />
      </Form>
    </Modal>
  );
}
