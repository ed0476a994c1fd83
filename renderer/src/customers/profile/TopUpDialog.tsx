import { useState } from 'react';
import { Button, Form, Input, Modal, Radio, Result, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ShopClock } from '@domain/menu/shop-clock';
import { parseYuanToFen } from '@domain/money';
import { useFormatFen } from '../../menu/display';
import { useRun } from '../../menu/use-run';
import { useActiveVendor } from '../../vendors/use-vendor';
import { topUp } from '../actions';
import { restMethods, type RestMethod } from '../counter/charge';
import { useTopUpPlans } from '../use-customers';

const CUSTOM = 'custom';

/** 充值: pick one of the shop's plans (充 ¥500 送 ¥50) or type an amount; shows the receipt number. */
export function TopUpDialog(props: { customerId: string; clock: ShopClock; onClose: () => void }) {
  const { t } = useTranslation('customers');
  const { db } = useActiveVendor();
  const run = useRun();
  const formatFen = useFormatFen();
  const plans = useTopUpPlans()?.filter((plan) => plan.active);
  const [choice, setChoice] = useState<string | null>(null);
  const [amountText, setAmountText] = useState('');
  const [amountError, setAmountError] = useState<string | null>(null);
  const [paidWith, setPaidWith] = useState<RestMethod>('cash');
  const [receiptNo, setReceiptNo] = useState<string | null>(null);
  const plan = plans?.find((each) => each.id === choice);
  const selected = choice ?? (plans && plans.length > 0 ? plans[0]!.id : CUSTOM);

  const submit = async () => {
    let top: { principalFen: number; bonusFen: number; planId: string | null };
    const chosen = plan ?? plans?.find((each) => each.id === selected);
    if (selected !== CUSTOM && chosen) {
      top = { principalFen: chosen.payFen, bonusFen: chosen.bonusFen, planId: chosen.id };
    } else {
      const parsed = parseYuanToFen(amountText);
      if (!parsed.ok || parsed.fen === 0) {
        setAmountError(t(parsed.ok ? 'charge.errors.zero' : `charge.errors.${parsed.error}`));
        return;
      }
      top = { principalFen: parsed.fen, bonusFen: 0, planId: null };
    }
    const receipt = await run(() => topUp(db, props.clock, props.customerId, { ...top, paidWith }));
    if (receipt) setReceiptNo(receipt);
  };

  if (receiptNo)
    return (
      <Modal open title={t('topUp.title')} footer={null} onCancel={props.onClose}>
        <Result
          status="success"
          title={t('topUp.done')}
          subTitle={t('charge.done.receipt', { receiptNo })}
          extra={
            <Button type="primary" autoFocus onClick={props.onClose}>
              {t('charge.done.close')}
            </Button>
          }
        />
      </Modal>
    );
  return (
    <Modal
      open
      title={t('topUp.title')}
      okText={t('topUp.submit')}
      cancelText={t('common:actions.cancel')}
      onOk={() => void submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Form layout="vertical" onFinish={() => void submit()}>
        <Form.Item label={t('topUp.plan')}>
          <Radio.Group
            aria-label={t('topUp.plan')}
            value={selected}
            onChange={(event) => setChoice(event.target.value as string)}
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            options={[
              ...(plans ?? []).map((each) => ({
                value: each.id,
                label: t('topUp.planLabel', {
                  pay: formatFen(each.payFen),
                  bonus: formatFen(each.bonusFen),
                }),
              })),
              { value: CUSTOM, label: t('topUp.custom') },
            ]}
          />
        </Form.Item>
        {selected === CUSTOM && (
          <Form.Item
            label={t('topUp.amount')}
            htmlFor="top-up-amount"
            validateStatus={amountError ? 'error' : undefined}
            help={amountError ?? undefined}
          >
            <Input
              id="top-up-amount"
              inputMode="decimal"
              autoComplete="off"
              prefix="¥"
              value={amountText}
              onChange={(event) => {
                setAmountText(event.target.value);
                setAmountError(null);
              }}
              onPressEnter={() => void submit()}
            />
          </Form.Item>
        )}
        <Form.Item label={t('topUp.paidWith')} htmlFor="top-up-paid-with">
          <Select<RestMethod>
            id="top-up-paid-with"
            value={paidWith}
            onChange={setPaidWith}
            options={restMethods.map((value) => ({ value, label: t(`methods.${value}`) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
