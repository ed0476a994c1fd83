/**
 * Today's redemptions (今日核销): the business day's ledger entries (one index read), with the
 * offer, code, time, desk and markers for unverified and undone ones; a CSV for reconciliation and
 * a printable slip (print styles hide the console around it).
 */
import { EmptyNote } from '../../bookings/desk/EmptyNote';
import { Button, Flex, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { deskCode } from '@domain/customers/receipt';
import { defaultOfferSettings, type Redemption } from '@domain/offers/schema';
import type { ShopClock } from '@domain/menu/shop-clock';
import { formatVoucherCode } from '@domain/vouchers/code';
import { desktop } from '../../desktop/bridge';
import { useActiveVendor } from '../../vendors/use-vendor';
import { inLanguage } from '../preview/offer-card-text';
import { redemptionsCsv } from './redemptions-csv';
import { shopTime } from './texts';
import { UndoButton } from './UndoButton';
import { PrintSlipButton } from '../print/PrintSlipButton';

export function TodayRedemptions({ clock, today }: { clock: ShopClock; today: string }) {
  const { t, i18n } = useTranslation('offers');
  const language = i18n.language;
  const { db } = useActiveVendor();
  const settings = useLiveQuery(() => db.offerSettings.get('shop'), [db]) ?? defaultOfferSettings;
  const data = useLiveQuery(async () => {
    const entries = (await db.redemption.where('businessDate').equals(today).toArray()).sort(
      (a, b) => b.at - a.at,
    );
    const offers = await db.offer.bulkGet([...new Set(entries.map((entry) => entry.offerId))]);
    // An unverified entry is confirmed once the platform took it (it left the outbox) and its
    // voucher reached this desk; a rejected one is taken back by the sync and shows on Needs
    // attention instead.
    const unverified = entries.filter((entry) => entry.unverified);
    const waiting = new Set<string>();
    if (unverified.length > 0) {
      await db.outbox.each((change) => {
        const id = (change.args as { redemption?: { id?: unknown } } | null)?.redemption?.id;
        if (change.name === 'voucher.redeem' && typeof id === 'string') waiting.add(id);
      });
    }
    const vouchers = await db.voucher.bulkGet([...new Set(unverified.map((e) => e.voucherId))]);
    const known = new Set(vouchers.flatMap((voucher) => (voucher ? [voucher.id] : [])));
    return {
      entries,
      offers: new Map(offers.flatMap((offer) => (offer ? [[offer.id, offer]] : []))),
      confirmed: new Set(
        unverified.flatMap((entry) =>
          known.has(entry.voucherId) && !waiting.has(entry.id) ? [entry.id] : [],
        ),
      ),
    };
  }, [db, today]);
  if (!data) return null;
  const undone = new Set(data.entries.flatMap((entry) => (entry.reverses ? [entry.reverses] : [])));
  const titleOf = (entry: Redemption) => {
    const offer = data.offers.get(entry.offerId);
    return offer ? inLanguage(offer.title, language) : '';
  };
  const marks = (entry: Redemption) => [
    ...(entry.unverified
      ? [t(data.confirmed.has(entry.id) ? 'today.confirmed' : 'today.unverified')]
      : []),
    ...(undone.has(entry.id) ? [t('today.undone')] : []),
    ...(entry.reverses ? [t('today.reversal')] : []),
  ];
  const standing = data.entries.filter((entry) => !entry.reverses && !undone.has(entry.id));
  const rows = data.entries.map((entry) => ({
    time: shopTime(entry.at, clock, language),
    offer: titleOf(entry),
    code: formatVoucherCode(entry.code),
    desk: deskCode(entry.deviceId),
    how: entry.how ? t(`desk.how.${entry.how}`) : '',
    marks: marks(entry).join(' '),
    uses: String(entry.uses),
  }));

  return (
    <Flex vertical gap={12} className="redemption-slip">
      <style>{`@media print {
        body * { visibility: hidden; }
        .redemption-slip, .redemption-slip * { visibility: visible; }
        .redemption-slip { position: absolute; left: 0; top: 0; width: 100%; }
        .redemption-slip .no-print { display: none !important; }
      }`}</style>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {t('today.title', { date: today })}
        </Typography.Title>
        <Flex gap={8} className="no-print">
          <Button
            disabled={rows.length === 0}
            onClick={() =>
              void desktop.saveFile({
                suggestedName: t('today.fileName', { date: today }),
                content: new TextEncoder().encode(
                  '\uFEFF' +
                    redemptionsCsv(rows, [
                      t('today.time'),
                      t('today.offer'),
                      t('today.code'),
                      t('today.desk'),
                      t('today.how'),
                      t('today.marks'),
                    ]),
                ),
              })
            }
          >
            {t('today.exportCsv')}
          </Button>
          <Button disabled={rows.length === 0} onClick={() => window.print()}>
            {t('today.print')}
          </Button>
        </Flex>
      </Flex>
      <Typography.Text>{t('today.total', { count: standing.length })}</Typography.Text>
      <Table
        size="small"
        pagination={false}
        rowKey="id"
        locale={{ emptyText: <EmptyNote>{t('today.empty')}</EmptyNote> }}
        dataSource={data.entries}
        columns={[
          {
            title: t('today.time'),
            key: 'time',
            render: (_, entry) => shopTime(entry.at, clock, language),
          },
          { title: t('today.offer'), key: 'offer', render: (_, entry) => titleOf(entry) },
          {
            title: t('today.code'),
            key: 'code',
            render: (_, entry) => formatVoucherCode(entry.code),
          },
          { title: t('today.desk'), key: 'desk', render: (_, entry) => deskCode(entry.deviceId) },
          {
            title: t('today.how'),
            key: 'how',
            render: (_, entry) => (entry.how ? t(`desk.how.${entry.how}`) : ''),
          },
          {
            title: t('today.marks'),
            key: 'marks',
            render: (_, entry) => marks(entry).map((mark) => <Tag key={mark}>{mark}</Tag>),
          },
          {
            title: t('today.actions'),
            key: 'actions',
            className: 'no-print',
            render: (_, entry) => (
              <Flex gap={4} wrap>
                <PrintSlipButton redemption={entry} clock={clock} short />
                {entry.reverses || undone.has(entry.id) ? null : (
                  <UndoButton
                    redemption={entry}
                    clock={clock}
                    undoWindowMin={settings.undoWindowMin}
                  />
                )}
              </Flex>
            ),
          },
        ]}
      />
    </Flex>
  );
}
