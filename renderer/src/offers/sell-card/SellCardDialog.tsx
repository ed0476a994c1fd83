/**
 * 卖次卡: a visit card sold at the counter to a customer — the one whose profile is open, or one
 * found by the phone typed (a new phone makes a new customer with the name typed). The money is
 * taken at the till; the desk records how it was paid. Saved at once, online or not: the sale
 * shows as awaiting the platform's voucher until it arrives by sync, then its code.
 */
import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Radio, Result, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { normalizePhone } from '@domain/customers/phone';
import type { ShopClock } from '@domain/menu/shop-clock';
import { sellableCards } from '@domain/offers/in-shop-sale';
import { counterPaymentMethods, type CounterPaymentMethod } from '@domain/offers/schema';
import { formatVoucherCode } from '@domain/vouchers/code';
import { customerName } from '../../customers/display';
import { useFormatShopTime } from '../../customers/use-format';
import { useFormatFen } from '../../menu/display';
import { useRun } from '../../menu/use-run';
import { useActiveVendor } from '../../vendors/use-vendor';
import { inLanguage } from '../preview/offer-card-text';
import { useOffers } from '../use-offers';
import { sellCard } from './sell-actions';

export interface SellCardDialogProps {
  /** The customer whose profile it was opened from; otherwise the desk types a phone. */
  customer?: { id: string; name: string };
  clock: ShopClock;
  onClose: () => void;
}

/** The live customer with this phone (an alias leads to the account it was merged into). */
function usePhoneCustomer(phone: string | null) {
  const { db } = useActiveVendor();
  return useLiveQuery(async () => {
    if (!phone) return null;
    for (const person of await db.customerPersonal.where('phone').equals(phone).sortBy('id')) {
      const customer = await db.customer.get(person.id);
      if (!customer || customer.erasedAt !== null) continue;
      const id = customer.mergedInto ?? customer.id;
      return { id, person: (await db.customerPersonal.get(id)) ?? person };
    }
    return null;
  }, [db, phone]);
}

export function SellCardDialog({ customer, clock, onClose }: SellCardDialogProps) {
  const { t, i18n } = useTranslation('offers');
  const { db } = useActiveVendor();
  const run = useRun();
  const formatFen = useFormatFen();
  const formatDate = useFormatShopTime(false);
  const cards = sellableCards(useOffers() ?? []);
  const [offerId, setOfferId] = useState<string | null>(null);
  const [phoneText, setPhoneText] = useState('');
  const [name, setName] = useState('');
  const [paidWith, setPaidWith] = useState<CounterPaymentMethod>('cash');
  const [errors, setErrors] = useState<{ card?: string; phone?: string }>({});
  const [sold, setSold] = useState<{ saleId: string; customerId: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const parsedPhone = phoneText.trim() ? normalizePhone(phoneText) : null;
  const phone = parsedPhone?.ok ? parsedPhone.phone : null;
  const found = usePhoneCustomer(customer ? null : phone);
  const chosen =
    cards.find((card) => card.id === offerId) ?? (cards.length === 1 ? cards[0] : undefined);
  const voucher = useLiveQuery(
    async () =>
      sold
        ? ((await db.voucher.where('customerId').equals(sold.customerId).toArray()).find(
            (each) => each.saleId === sold.saleId,
          ) ?? null)
        : null,
    [db, sold],
  );

  const submit = async () => {
    const next: typeof errors = {};
    if (!chosen) next.card = t('sellCard.errors.card');
    if (!customer) {
      if (!parsedPhone) next.phone = t('sellCard.errors.phone');
      else if (!parsedPhone.ok) next.phone = t(`customers:dialog.phoneErrors.${parsedPhone.error}`);
    }
    setErrors(next);
    if (!chosen || next.card || next.phone || saving) return;
    const buyer = customer
      ? { customerId: customer.id }
      : found
        ? { customerId: found.id }
        : { name: name.trim(), phone: phone! };
    setSaving(true);
    const made = await run(() => sellCard(db, clock, chosen, buyer, paidWith));
    setSaving(false);
    if (made) setSold(made);
  };

  if (sold && chosen)
    return (
      <Modal open title={t('sellCard.title')} footer={null} onCancel={onClose}>
        <Result
          status="success"
          title={t('sellCard.done')}
          subTitle={
            <div role="status">
              {voucher ? (
                <Typography.Text strong>
                  {t('sellCard.issued', {
                    code: formatVoucherCode(voucher.code),
                    uses: voucher.uses,
                    until: formatDate(voucher.validUntil),
                  })}
                </Typography.Text>
              ) : (
                <>
                  <Typography.Text strong>{t('sellCard.awaiting')}</Typography.Text>
                  <br />
                  <Typography.Text>{t('sellCard.awaitingHelp')}</Typography.Text>
                </>
              )}
            </div>
          }
          extra={
            <Button type="primary" autoFocus onClick={onClose}>
              {t('sellCard.close')}
            </Button>
          }
        />
      </Modal>
    );
  return (
    <Modal
      open
      title={t('sellCard.title')}
      okText={t('sellCard.submit')}
      okButtonProps={{ disabled: cards.length === 0, loading: saving }}
      cancelText={t('common:actions.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {cards.length === 0 ? (
        <Alert type="info" showIcon title={t('sellCard.noCards')} />
      ) : (
        <Form layout="vertical" onFinish={() => void submit()}>
          <Form.Item
            label={<span id="sell-card-card">{t('sellCard.card')}</span>}
            validateStatus={errors.card ? 'error' : undefined}
            help={errors.card}
          >
            <Radio.Group
              aria-labelledby="sell-card-card"
              value={chosen?.id ?? null}
              onChange={(event) => {
                setOfferId(event.target.value as string);
                setErrors((was) => ({ ...was, card: undefined }));
              }}
              style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
              options={cards.map((card) => ({
                value: card.id,
                label: t('sellCard.cardOption', {
                  title: inLanguage(card.title, i18n.language),
                  price: formatFen(card.priceFen),
                  uses: card.usesPerVoucher,
                }),
              }))}
            />
          </Form.Item>
          {customer ? (
            <Form.Item label={t('sellCard.customer')}>
              <Typography.Text strong>{customer.name}</Typography.Text>
            </Form.Item>
          ) : (
            <>
              <Form.Item
                label={t('sellCard.phone')}
                htmlFor="sell-card-phone"
                validateStatus={errors.phone ? 'error' : undefined}
                help={
                  errors.phone ??
                  (phone && found !== undefined
                    ? found
                      ? t('sellCard.existing', { name: customerName(found.person, false, t) })
                      : t('sellCard.newCustomer')
                    : undefined)
                }
              >
                <Input
                  id="sell-card-phone"
                  inputMode="tel"
                  autoComplete="off"
                  value={phoneText}
                  onChange={(event) => {
                    setPhoneText(event.target.value);
                    setErrors((was) => ({ ...was, phone: undefined }));
                  }}
                />
              </Form.Item>
              {!found && (
                <Form.Item label={t('sellCard.name')} htmlFor="sell-card-name">
                  <Input
                    id="sell-card-name"
                    autoComplete="off"
                    maxLength={40}
                    value={name}
                    onChange={(event) => setName(event.target.value)}
                  />
                </Form.Item>
              )}
            </>
          )}
          <Form.Item label={<span id="sell-card-paid">{t('sellCard.paidWith')}</span>}>
            <Radio.Group
              aria-labelledby="sell-card-paid"
              value={paidWith}
              onChange={(event) => setPaidWith(event.target.value as CounterPaymentMethod)}
              options={counterPaymentMethods.map((value) => ({
                value,
                label: t(`sellCard.methods.${value}`),
              }))}
            />
          </Form.Item>
          {chosen && (
            <Typography.Paragraph strong>
              {t('sellCard.due', { price: formatFen(chosen.priceFen) })}
            </Typography.Paragraph>
          )}
          {/* Enter in a field confirms, as the OK button does. */}
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </Form>
      )}
    </Modal>
  );
}
