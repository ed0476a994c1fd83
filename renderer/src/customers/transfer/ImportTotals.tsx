import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportTotals as Totals } from '@domain/customers/import/plan';
import { formatFen } from '@domain/money';

/** What the import will write, to confirm before anything is: customers, and the opening balances. */
export function ImportTotals({ totals }: { totals: Totals }) {
  const { t, i18n } = useTranslation('customers');
  const money = (fen: number) => formatFen(fen, { locale: i18n.language });
  const count = (n: number) => n.toLocaleString(i18n.language);
  return (
    <Card
      size="small"
      title={t('transfer.import.totals.title')}
      role="region"
      aria-label={t('transfer.import.totals.title')}
    >
      <Descriptions
        size="small"
        column={4}
        items={[
          {
            key: 'create',
            label: t('transfer.import.totals.create'),
            children: count(totals.create),
          },
          {
            key: 'update',
            label: t('transfer.import.totals.update'),
            children: count(totals.update),
          },
          {
            key: 'unchanged',
            label: t('transfer.import.totals.unchanged'),
            children: count(totals.unchanged),
          },
          { key: 'skip', label: t('transfer.import.totals.skip'), children: count(totals.skip) },
          {
            key: 'principal',
            label: t('transfer.import.totals.principal'),
            children: money(totals.principalFen),
          },
          {
            key: 'bonus',
            label: t('transfer.import.totals.bonus'),
            children: money(totals.bonusFen),
          },
          {
            key: 'points',
            label: t('transfer.import.totals.points'),
            children: count(totals.points),
          },
        ]}
      />
      <Typography.Text type="secondary">{t('transfer.import.totals.note')}</Typography.Text>
    </Card>
  );
}
