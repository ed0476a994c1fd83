/**
 * 店内售出的次卡: the visit cards the customer bought at the counter (every account merged into
 * this one), latest first, each with how it was paid and its voucher's code in full — the shop
 * hands it over — or "awaiting the platform's voucher" while the sale has not reached the
 * platform (offline) or its voucher has not come back yet.
 */
import { Card, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { inShopSaleRows, type InShopSaleRow } from '@domain/offers/in-shop-sale';
import { formatVoucherCode } from '@domain/vouchers/code';
import { EmptyNote } from '../../bookings/desk/EmptyNote';
import { useFormatFen } from '../../menu/display';
import { inLanguage } from '../../offers/preview/offer-card-text';
import { useActiveVendor } from '../../vendors/use-vendor';
import { useFormatShopTime } from '../use-format';

export function CustomerCardSales({ memberIds }: { memberIds: readonly string[] }) {
  const { t, i18n } = useTranslation('offers');
  const { db } = useActiveVendor();
  const formatFen = useFormatFen();
  const formatTime = useFormatShopTime(true);
  const key = memberIds.join(',');
  const data = useLiveQuery(async () => {
    const [sales, vouchers] = await Promise.all([
      db.offerSale
        .where('customerId')
        .anyOf([...memberIds])
        .toArray(),
      db.voucher
        .where('customerId')
        .anyOf([...memberIds])
        .toArray(),
    ]);
    const offers = await db.offer.bulkGet([...new Set(sales.map((sale) => sale.offerId))]);
    return {
      rows: inShopSaleRows(sales, vouchers),
      titles: new Map(offers.flatMap((offer) => (offer ? [[offer.id, offer.title]] : []))),
    };
  }, [db, key]);
  if (!data) return null;
  const s = 'sellCard.sales';
  const title = (offerId: string) => {
    const text = data.titles.get(offerId);
    return text ? inLanguage(text, i18n.language) : '';
  };
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t(`${s}.title`)}</h2>}>
      <Table<InShopSaleRow>
        rowKey={(row) => row.sale.id}
        size="small"
        aria-label={t(`${s}.caption`)}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        dataSource={data.rows}
        locale={{ emptyText: <EmptyNote>{t(`${s}.none`)}</EmptyNote> }}
        columns={[
          { title: t(`${s}.card`), render: (_, row) => title(row.sale.offerId) },
          { title: t(`${s}.soldAt`), render: (_, row) => formatTime(row.sale.at) },
          {
            title: t(`${s}.paidWith`),
            render: (_, row) => t(`sellCard.methods.${row.sale.paidWith}`),
          },
          { title: t(`${s}.price`), render: (_, row) => formatFen(row.sale.priceFen) },
          {
            title: t(`${s}.voucher`),
            render: (_, row) =>
              row.voucher ? (
                <Typography.Text strong>{formatVoucherCode(row.voucher.code)}</Typography.Text>
              ) : (
                t('sellCard.awaiting')
              ),
          },
        ]}
      />
    </Card>
  );
}
