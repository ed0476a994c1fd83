import { useMemo, useState } from 'react';
import { Button, Card, Flex, Segmented, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { desktop } from '../../desktop/bridge';
import { useFormatFen } from '../../menu/display';
import type { CustomerAccount } from '../use-customers';
import { useFormatShopTime } from '../use-format';
import {
  canReverse,
  historyCsv,
  historyKinds,
  historyRows,
  rowKindKey,
  type HistoryKind,
  type HistoryRow,
} from './history';

/** The account's timeline of every entry, filterable by kind, exportable as CSV. */
export function History(props: {
  account: CustomerAccount;
  fileName: string;
  onReverse: ((row: HistoryRow, description: string) => void) | null;
}) {
  const { t } = useTranslation('customers');
  const formatFen = useFormatFen();
  const formatTime = useFormatShopTime(true);
  const [kind, setKind] = useState<HistoryKind>('all');
  const rows = useMemo(() => historyRows(props.account, kind), [props.account, kind]);
  const amountOf = (row: HistoryRow) => {
    if (row.ledger === 'points') return t('history.pointsAmount', { count: row.entry.points });
    if (row.ledger === 'sales') return formatFen(row.entry.amountFen);
    const { principalFen, bonusFen } = row.entry;
    return bonusFen === 0
      ? formatFen(principalFen)
      : t('history.split', { principal: formatFen(principalFen), bonus: formatFen(bonusFen) });
  };
  const describe = (row: HistoryRow) =>
    `${formatTime(row.entry.at)} ${t(rowKindKey(row))} ${amountOf(row)}`;
  const exportCsv = () =>
    desktop.saveFile({
      suggestedName: props.fileName,
      content: new TextEncoder().encode(
        historyCsv(historyRows(props.account, kind), {
          header: (
            ['when', 'what', 'principal', 'bonus', 'points', 'paid', 'receipt', 'reason'] as const
          ).map((column) => t(`history.csv.${column}`)),
          when: formatTime,
          kind: (row) => t(rowKindKey(row)),
        }),
      ),
    });
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('history.title')}</h2>}
      extra={
        <Flex gap={8} wrap>
          <Segmented<HistoryKind>
            aria-label={t('history.filter')}
            value={kind}
            onChange={setKind}
            options={historyKinds.map((value) => ({ value, label: t(`history.filters.${value}`) }))}
          />
          <Button icon={<DownloadOutlined aria-hidden />} onClick={() => void exportCsv()}>
            {t('history.export')}
          </Button>
        </Flex>
      }
    >
      <Table<HistoryRow>
        size="small"
        aria-label={t('history.title')}
        rowKey={(row) => row.entry.id}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{
          emptyText: <span style={{ color: 'rgba(0, 0, 0, 0.65)' }}>{t('history.empty')}</span>,
        }}
        columns={[
          {
            key: 'when',
            title: t('history.csv.when'),
            render: (_, row) => formatTime(row.entry.at),
          },
          {
            key: 'what',
            title: t('history.csv.what'),
            render: (_, row) => (
              <Flex gap={4} wrap>
                {t(rowKindKey(row))}
                {row.ledger === 'storedValue' && row.entry.offline && (
                  <Tag>{t('history.offline')}</Tag>
                )}
                {row.reversed && <Tag>{t('history.reversed')}</Tag>}
              </Flex>
            ),
          },
          { key: 'amount', title: t('history.amount'), render: (_, row) => amountOf(row) },
          {
            key: 'receipt',
            title: t('history.csv.receipt'),
            render: (_, row) => row.entry.receiptNo ?? '',
          },
          {
            key: 'reason',
            title: t('history.csv.reason'),
            render: (_, row) => row.entry.reason ?? '',
          },
          {
            key: 'actions',
            title: t('history.actions'),
            render: (_, row) =>
              props.onReverse && canReverse(row) ? (
                <Button size="small" onClick={() => props.onReverse!(row, describe(row))}>
                  {t('ledger.reverse')}
                </Button>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}
