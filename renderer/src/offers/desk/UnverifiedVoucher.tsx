/**
 * A voucher this desk has not received, shown for an unverified redemption: what its signed QR
 * says (offer, validity, uses), or — for a typed code the shop accepts at its own risk — a choice
 * of the offer it is for; what "unverified" means now, and how many more this desk may take today.
 */
import { Alert, Button, Descriptions, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Offer } from '@domain/offers/schema';
import type { ShopClock } from '@domain/menu/shop-clock';
import { formatVoucherCode } from '@domain/vouchers/code';
import { inLanguage } from '../preview/offer-card-text';
import { useOffers } from '../use-offers';
import type { DeskDecision } from './decision';
import { shopTime } from './texts';

type Unverified = Extract<DeskDecision, { kind: 'redeemUnverified' }>;

export function UnverifiedVoucher({
  decision,
  online,
  clock,
  namedOffer,
  onNameOffer,
  canConfirm,
  onConfirm,
}: {
  decision: Unverified;
  online: boolean;
  clock: ShopClock;
  namedOffer: Offer | null;
  onNameOffer: (offer: Offer | null) => void;
  canConfirm: boolean;
  onConfirm: () => void;
}) {
  const { t, i18n } = useTranslation('offers');
  const language = i18n.language;
  const offers = useOffers();
  const { qr } = decision;
  const offer = decision.offer ?? namedOffer;
  const choices = (offers ?? []).filter((one) => one.status !== 'draft');

  return (
    <Flex vertical gap={8}>
      <Descriptions bordered column={1} size="small">
        <Descriptions.Item label={t('desk.voucher')}>
          {formatVoucherCode(decision.code)}
        </Descriptions.Item>
        <Descriptions.Item label={t('desk.offer')}>
          {qr ? (
            offer ? (
              inLanguage(offer.title, language)
            ) : (
              t('desk.unverified.offerUnknown')
            )
          ) : (
            <Select
              aria-label={t('desk.unverified.nameOffer')}
              placeholder={t('desk.unverified.nameOffer')}
              style={{ minWidth: 280 }}
              value={namedOffer?.id}
              options={choices.map((one) => ({
                value: one.id,
                label: inLanguage(one.title, language),
              }))}
              onChange={(id: string) => onNameOffer(choices.find((one) => one.id === id) ?? null)}
            />
          )}
        </Descriptions.Item>
        {qr ? (
          <>
            <Descriptions.Item label={t('desk.usesLeft')}>
              {t('desk.unverified.uses', { uses: qr.uses })}
            </Descriptions.Item>
            <Descriptions.Item label={t('desk.validUntil')}>
              {shopTime(qr.validUntil, clock, language)}
            </Descriptions.Item>
          </>
        ) : null}
      </Descriptions>
      <Alert
        type="warning"
        showIcon
        message={t(qr ? 'desk.unverified.titleQr' : 'desk.unverified.titleTyped')}
        description={
          <>
            {t(online ? 'desk.unverified.online' : 'desk.unverified.offline')}{' '}
            {t('desk.unverified.capLeft', { count: decision.capLeft })}
          </>
        }
      />
      <Button type="primary" size="large" disabled={!canConfirm} onClick={onConfirm}>
        {t('desk.unverified.confirm')}
      </Button>
    </Flex>
  );
}
