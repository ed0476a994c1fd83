/**
 * 团购券: the customer's group-buy vouchers (offer, code masked, state, uses left, valid until
 * in the shop's zone) and their redemptions (when, uses, undone or not), read by the voucher's
 * customer index for every account merged into this one.
 */
import { Badge, Card, Statistic, Table } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../../bookings/desk/EmptyNote';
import { useFormatFen } from '../../menu/display';
import { maskVoucherCode } from '../../offers/print/slip-facts';
import { inLanguage } from '../../offers/preview/offer-card-text';
import { useNow } from '../../time/use-now';
import { useActiveVendor } from '../../vendors/use-vendor';
import { useFormatShopTime } from '../use-format';
import {
  summarizeCustomerVouchers,
  type CustomerRedemptionRow,
  type CustomerVoucherRow,
  type VoucherShownState,
} from './customer-vouchers';

/** A dot's colour by state; the words beside it stay in the text colour (Tags fail contrast). */
const stateDot: Record<VoucherShownState, 'success' | 'processing' | 'default' | 'warning'> = {
  valid: 'success',
  awaitingGroup: 'processing',
  usedUp: 'default',
  refunded: 'warning',
  expired: 'default',
};

export function CustomerVouchers({ memberIds }: { memberIds: readonly string[] }) {
  const { t, i18n } = useTranslation('customers');
  const language = i18n.language;
  const { db } = useActiveVendor();
  const now = useNow();
  const formatFen = useFormatFen();
  const formatDate = useFormatShopTime(false);
  const formatTime = useFormatShopTime(true);
  const key = memberIds.join(',');
  const data = useLiveQuery(async () => {
    const vouchers = await db.voucher
      .where('customerId')
      .anyOf([...memberIds])
      .toArray();
    const ids = vouchers.map((voucher) => voucher.id);
    const [redemptions, offers] = await Promise.all([
      ids.length > 0 ? db.redemption.where('voucherId').anyOf(ids).toArray() : [],
      db.offer.bulkGet([...new Set(vouchers.map((voucher) => voucher.offerId))]),
    ]);
    return {
      vouchers,
      redemptions,
      titles: new Map(offers.flatMap((offer) => (offer ? [[offer.id, offer.title]] : []))),
    };
  }, [db, key]);
  if (!data) return null;
  const summary = summarizeCustomerVouchers(data.vouchers, data.redemptions, now);
  const titleOf = (offerId: string) => {
    const title = data.titles.get(offerId);
    return title ? inLanguage(title, language) : '';
  };
  const usable = summary.vouchers.filter(
    (row) => row.state === 'valid' || row.state === 'awaitingGroup',
  ).length;
  const v = 'vouchers';
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t(`${v}.title`)}</h2>}
      extra={<Statistic title={t(`${v}.usable`)} value={usable} />}
    >
      <Table<CustomerVoucherRow>
        rowKey={(row) => row.voucher.id}
        size="small"
        aria-label={t(`${v}.caption`)}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        dataSource={summary.vouchers}
        locale={{ emptyText: <EmptyNote>{t(`${v}.none`)}</EmptyNote> }}
        columns={[
          { title: t(`${v}.offer`), render: (_, row) => titleOf(row.voucher.offerId) },
          { title: t(`${v}.code`), render: (_, row) => maskVoucherCode(row.voucher.code) },
          {
            title: t(`${v}.state`),
            render: (_, row) => (
              <Badge status={stateDot[row.state]} text={t(`${v}.states.${row.state}`)} />
            ),
          },
          {
            title: t(`${v}.usesLeft`),
            render: (_, row) =>
              t(`${v}.usesLeftValue`, { left: row.usesLeft, uses: row.voucher.uses }),
          },
          { title: t(`${v}.validUntil`), render: (_, row) => formatDate(row.voucher.validUntil) },
          { title: t(`${v}.bought`), render: (_, row) => formatDate(row.voucher.purchasedAt) },
          { title: t(`${v}.paid`), render: (_, row) => formatFen(row.voucher.pricePaidFen) },
        ]}
      />
      <h3 style={{ fontSize: 14, marginTop: 16 }}>{t(`${v}.redemptions`)}</h3>
      <Table<CustomerRedemptionRow>
        rowKey={(row) => row.redemption.id}
        size="small"
        aria-label={t(`${v}.redemptionsCaption`)}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        dataSource={summary.redemptions}
        locale={{ emptyText: <EmptyNote>{t(`${v}.noRedemptions`)}</EmptyNote> }}
        columns={[
          { title: t(`${v}.when`), render: (_, row) => formatTime(row.redemption.at) },
          { title: t(`${v}.offer`), render: (_, row) => titleOf(row.redemption.offerId) },
          { title: t(`${v}.code`), render: (_, row) => maskVoucherCode(row.redemption.code) },
          { title: t(`${v}.uses`), render: (_, row) => row.redemption.uses },
          {
            title: t(`${v}.status`),
            render: (_, row) =>
              [
                t(
                  `${v}.${row.redemption.reverses ? 'reversal' : row.undone ? 'undone' : 'standing'}`,
                ),
                ...(row.redemption.unverified ? [t(`${v}.unverified`)] : []),
              ].join(' · '),
          },
        ]}
      />
    </Card>
  );
}
