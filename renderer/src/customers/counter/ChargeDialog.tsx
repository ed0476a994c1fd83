import { useRef, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Form,
  Input,
  Modal,
  Radio,
  Result,
  Select,
  Space,
} from 'antd';
import type { InputRef } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseYuanToFen } from '@domain/money';
import { useFormatFen } from '../../menu/display';
import { useRun } from '../../menu/use-run';
import { useActiveVendor } from '../../vendors/use-vendor';
import { accountFigures } from '../account-figures';
import { charge } from '../actions';
import { customerName, phoneText } from '../display';
import { TierBadge } from '../TierBadge';
import { useCustomerAccount, useCustomerSettings, useCustomerTiers } from '../use-customers';
import { useDesk } from '../use-desk';
import {
  buildCharge,
  chargeMethods,
  offlineCapCheck,
  restMethods,
  type ChargeMethod,
  type RestMethod,
} from './charge';

interface Done {
  receiptNo: string;
  amountFen: number;
  earned: number;
}

/**
 * 收款: the amount in yuan (focused, Enter charges), how it is paid, the points it earns. Stored
 * value short of the amount offers a split payment; offline above the shop's daily cap it asks
 * first and says why. Shows the receipt number once charged.
 */
export function ChargeDialog({ accountId, onClose }: { accountId: string; onClose: () => void }) {
  const { t } = useTranslation('customers');
  const { db } = useActiveVendor();
  const { modal } = App.useApp();
  const run = useRun();
  const formatFen = useFormatFen();
  const account = useCustomerAccount(accountId);
  const settings = useCustomerSettings();
  const tiers = useCustomerTiers();
  const desk = useDesk();
  const amountRef = useRef<InputRef>(null);
  const [amountText, setAmountText] = useState('');
  const [amountError, setAmountError] = useState<string | null>(null);
  const [chosenMethod, setMethod] = useState<ChargeMethod | null>(null);
  const [restMethod, setRestMethod] = useState<RestMethod | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [busy, setBusy] = useState(false);

  const ready = account && settings && tiers && desk.clock && desk.today;
  const figures = ready
    ? accountFigures(account, tiers, settings, {
        today: desk.today!,
        now: desk.now,
        ...desk.clock!,
      })
    : null;
  const method: ChargeMethod =
    chosenMethod ?? (figures && figures.balance.totalFen > 0 ? 'storedValue' : 'cash');
  const parsed = parseYuanToFen(amountText);
  const amountFen = parsed.ok && parsed.fen > 0 ? parsed.fen : null;
  const input =
    ready && figures && amountFen !== null
      ? {
          customerId: account.customer.id,
          amountFen,
          method,
          restMethod: method === 'storedValue' ? restMethod : null,
          balance: figures.balance,
          points: figures.points,
          settings,
          offline: !desk.online,
        }
      : null;
  const preview = input
    ? buildCharge({
        ...input,
        context: { at: 0, businessDate: desk.today!, receiptNo: null, staffId: null },
      })
    : null;

  const confirmOfflineCap = (spendFen: number) => {
    const check = offlineCapCheck({
      offline: !desk.online,
      spentTodayFen: figures!.offlineSpentTodayFen,
      spendFen,
      capFen: settings!.offlineDailyCapFen,
    });
    if (!check.ask) return Promise.resolve(true);
    return new Promise<boolean>((resolve) =>
      modal.confirm({
        title: t('charge.offlineCap.title'),
        content: t('charge.offlineCap.body', {
          spent: formatFen(check.spentTodayFen),
          spend: formatFen(spendFen),
          cap: formatFen(check.capFen),
          over: formatFen(check.overFen),
        }),
        okText: t('charge.offlineCap.ok'),
        cancelText: t('common:actions.cancel'),
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      }),
    );
  };

  const submit = async () => {
    if (busy || !ready) return;
    if (!parsed.ok || parsed.fen === 0) {
      setAmountError(t(parsed.ok ? 'charge.errors.zero' : `charge.errors.${parsed.error}`));
      amountRef.current?.focus();
      return;
    }
    if (!input || !preview || !preview.ok) return;
    if (preview.storedValueFen > 0 && !(await confirmOfflineCap(preview.storedValueFen))) return;
    setBusy(true);
    const result = await run(() => charge(db, desk.clock!, input));
    setBusy(false);
    if (result?.ok && result.receiptNo)
      setDone({ receiptNo: result.receiptNo, amountFen: input.amountFen, earned: result.earned });
  };

  const person = account?.personal ?? null;
  const name = account ? customerName(person, account.customer.erasedAt !== null, t) : '';
  const title = t('charge.title', { name });
  if (done) {
    return (
      <Modal open title={title} onCancel={onClose} footer={null} destroyOnHidden>
        <Result
          status="success"
          title={t('charge.done.title', { amount: formatFen(done.amountFen) })}
          subTitle={
            <Space orientation="vertical" size={2}>
              <span>{t('charge.done.receipt', { receiptNo: done.receiptNo })}</span>
              {done.earned > 0 && <span>{t('charge.done.earned', { count: done.earned })}</span>}
            </Space>
          }
          extra={
            <Button type="primary" autoFocus onClick={onClose}>
              {t('charge.done.close')}
            </Button>
          }
        />
      </Modal>
    );
  }
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      destroyOnHidden
      okText={t('charge.submit')}
      cancelText={t('common:actions.cancel')}
      okButtonProps={{ loading: busy, disabled: !ready }}
      onOk={() => void submit()}
      afterOpenChange={(open) => open && amountRef.current?.focus()}
    >
      {figures && account && (
        <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('charge.customer')}>
            <Space size={4}>
              {name}
              <span>{phoneText(person?.phone ?? null, false)}</span>
              <TierBadge tier={figures.tier} />
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('charge.balance')}>
            {formatFen(figures.balance.totalFen)}
          </Descriptions.Item>
          <Descriptions.Item label={t('charge.points')}>{figures.points}</Descriptions.Item>
          {figures.tier?.discountPercent && (
            <Descriptions.Item label={t('charge.discount')}>
              {t('charge.discountText', { percent: figures.tier.discountPercent })}
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
      {!desk.online && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('charge.offline')} />
      )}
      <Form layout="vertical" onFinish={() => void submit()}>
        <Form.Item
          label={t('charge.amount')}
          htmlFor="charge-amount"
          validateStatus={amountError ? 'error' : undefined}
          help={amountError ?? undefined}
        >
          <Input
            id="charge-amount"
            ref={amountRef}
            inputMode="decimal"
            autoComplete="off"
            prefix="¥"
            value={amountText}
            onChange={(event) => {
              setAmountText(event.target.value);
              setAmountError(null);
            }}
            onPressEnter={(event) => {
              event.preventDefault();
              void submit();
            }}
          />
        </Form.Item>
        <Form.Item label={t('charge.method')}>
          <Radio.Group
            aria-label={t('charge.method')}
            value={method}
            onChange={(event) => setMethod(event.target.value as ChargeMethod)}
            optionType="button"
            options={chargeMethods.map((value) => ({ value, label: t(`methods.${value}`) }))}
          />
        </Form.Item>
        {preview && !preview.ok && preview.error === 'storedValueShort' && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('charge.short', {
              available: formatFen(preview.availableFen),
              rest: formatFen(amountFen! - preview.availableFen),
            })}
          />
        )}
        {method === 'storedValue' &&
          ((preview && !preview.ok && preview.error === 'storedValueShort') || restMethod) && (
            <Form.Item label={t('charge.restMethod')} htmlFor="charge-rest">
              <Select<RestMethod>
                id="charge-rest"
                allowClear
                value={restMethod ?? undefined}
                onChange={(value) => setRestMethod(value ?? null)}
                options={restMethods.map((value) => ({ value, label: t(`methods.${value}`) }))}
              />
            </Form.Item>
          )}
        {preview && !preview.ok && preview.error === 'pointsShort' && (
          <Alert
            type="warning"
            showIcon
            title={t('charge.pointsShort', {
              needed: preview.needed,
              available: preview.available,
            })}
          />
        )}
        {preview && !preview.ok && preview.error === 'pointsCannotPay' && (
          <Alert type="warning" showIcon title={t('charge.pointsCannotPay')} />
        )}
        {preview?.ok && (
          <Alert
            type="success"
            title={[
              preview.storedValueFen > 0 && preview.storedValueFen < amountFen!
                ? t('charge.splitSummary', {
                    storedValue: formatFen(preview.storedValueFen),
                    rest: formatFen(amountFen! - preview.storedValueFen),
                    method: t(`methods.${restMethod}`),
                  })
                : null,
              preview.pointsUsed > 0 ? t('charge.pointsUsed', { count: preview.pointsUsed }) : null,
              t('charge.earns', { count: preview.earned }),
            ]
              .filter(Boolean)
              .join(' ')}
          />
        )}
      </Form>
    </Modal>
  );
}
