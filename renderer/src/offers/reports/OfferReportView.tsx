/**
 * 报表: per offer, the vouchers sold, valid, awaiting their group, refunded and expired, the uses
 * redeemed and the amounts, for business days the shop picks (by purchase or by redemption
 * date), with a total row and a CSV for reconciliation. The figures come from offerReport.
 */
import { useState } from 'react';
import { Alert, Button, Flex, Input, Radio, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { ShopClock } from '@domain/menu/shop-clock';
import { formatFen } from '@domain/money';
import type { Offer } from '@domain/offers/schema';
import { EmptyNote } from '../../bookings/desk/EmptyNote';
import { desktop } from '../../desktop/bridge';
import { useActiveVendor } from '../../vendors/use-vendor';
import { inLanguage } from '../preview/offer-card-text';
import { useOffers } from '../use-offers';
import {
  isAmountColumn,
  offerReportCsv,
  reportColumns,
  withBom,
  type ReportColumn,
} from './offer-report-csv';
import { offerReport, type OfferFigures, type ReportBasis } from './offer-report';

interface Row extends OfferFigures {
  key: string;
  label: string;
}

export function OfferReportView({ clock, today }: { clock: ShopClock; today: string }) {
  const { t, i18n } = useTranslation('offers');
  const language = i18n.language;
  const { db } = useActiveVendor();
  const offers = useOffers();
  const [basis, setBasis] = useState<ReportBasis>('purchase');
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(today);
  const rows = useLiveQuery(
    async () => ({ vouchers: await db.voucher.toArray(), entries: await db.redemption.toArray() }),
    [db],
  );
  if (!offers || !rows) return null;
  const badRange = from !== '' && to !== '' && from > to;
  const period = { basis, from: from || null, to: to || null };
  const report = offerReport(
    offers.map((offer) => offer.id),
    rows.vouchers,
    rows.entries,
    badRange ? { ...period, from: null, to: null } : period,
    clock,
  );
  const titles = new Map(
    offers.map((offer: Offer) => [offer.id, inLanguage(offer.title, language)]),
  );
  const data: Row[] = report.rows.map((row) => ({
    ...row,
    key: row.offerId,
    label: titles.get(row.offerId) ?? '',
  }));
  const money = (fen: number) => formatFen(fen, { locale: language });
  const show = (column: ReportColumn, figures: OfferFigures) =>
    isAmountColumn(column) ? money(figures[column]) : figures[column];

  const exportCsv = () => {
    const csv = offerReportCsv(
      [
        ...data.map((row) => ({ label: row.label, figures: row })),
        { label: t('reports.total'), figures: report.total },
      ],
      {
        offer: t('reports.offer'),
        columns: Object.fromEntries(
          reportColumns.map((column) => [column, t(`reports.columns.${column}`)]),
        ) as Record<ReportColumn, string>,
      },
    );
    void desktop.saveFile({
      suggestedName: t('reports.fileName', {
        from: from || t('reports.allTime'),
        to: to || today,
      }),
      content: withBom(csv),
    });
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
        {t('reports.title')}
      </Typography.Title>
      <Flex gap={16} align="end" wrap>
        <Flex vertical gap={4}>
          <Typography.Text id="offer-report-basis">{t('reports.basis')}</Typography.Text>
          <Radio.Group
            aria-labelledby="offer-report-basis"
            optionType="button"
            value={basis}
            onChange={(event) => setBasis(event.target.value as ReportBasis)}
            options={[
              { value: 'purchase', label: t('reports.basisPurchase') },
              { value: 'redemption', label: t('reports.basisRedemption') },
            ]}
          />
        </Flex>
        <Flex vertical gap={4}>
          <label htmlFor="offer-report-from">{t('reports.from')}</label>
          <Input
            id="offer-report-from"
            type="date"
            value={from}
            max={to || undefined}
            onChange={(event) => setFrom(event.target.value)}
          />
        </Flex>
        <Flex vertical gap={4}>
          <label htmlFor="offer-report-to">{t('reports.to')}</label>
          <Input
            id="offer-report-to"
            type="date"
            value={to}
            onChange={(event) => setTo(event.target.value)}
          />
        </Flex>
        <Button disabled={badRange || data.length === 0} onClick={exportCsv}>
          {t('reports.exportCsv')}
        </Button>
      </Flex>
      {badRange ? <Alert type="warning" showIcon message={t('reports.badRange')} /> : null}
      <Typography.Text>
        {t(basis === 'purchase' ? 'reports.hintPurchase' : 'reports.hintRedemption')}
      </Typography.Text>
      <Table<Row>
        size="small"
        pagination={false}
        aria-label={t('reports.caption')}
        dataSource={badRange ? [] : data}
        locale={{ emptyText: <EmptyNote>{t('reports.empty')}</EmptyNote> }}
        columns={[
          { title: t('reports.offer'), key: 'offer', dataIndex: 'label', width: '14%' },
          ...reportColumns.map((column) => ({
            title: t(`reports.columns.${column}`),
            key: column,
            align: 'right' as const,
            render: (_: unknown, row: Row) => show(column, row),
          })),
        ]}
        summary={() =>
          badRange || data.length === 0 ? null : (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <strong>{t('reports.total')}</strong>
              </Table.Summary.Cell>
              {reportColumns.map((column, i) => (
                <Table.Summary.Cell key={column} index={i + 1} align="right">
                  <strong>{show(column, report.total)}</strong>
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          )
        }
      />
      <Typography.Paragraph style={{ color: 'rgba(0, 0, 0, 0.65)', margin: 0 }}>
        {t('reports.note')}
      </Typography.Paragraph>
    </Flex>
  );
}
