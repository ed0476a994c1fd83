import { useState } from 'react';
import { Flex, Switch, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlannedRow, RowAction } from '@domain/customers/import/plan';
import { maskPhone } from '@domain/customers/phone';
import { formatFen } from '@domain/money';
import { changeText, problemText } from './import-messages';

const actionColors: Record<RowAction, string | undefined> = {
  create: '#237804',
  update: '#0958d9',
  unchanged: undefined,
  skip: '#874d00',
};

/** antd's warning gold is too pale to read on white (axe: contrast); this is its dark shade. */
const warningText = { color: '#874d00' };

const needsLook = (row: PlannedRow) =>
  row.errors.length + row.warnings.length + row.changes.length > 0;

/** Every row of the file and what it will do — new, merged (and what changes), skipped and why. */
export function ImportRows({ rows }: { rows: readonly PlannedRow[] }) {
  const { t, i18n } = useTranslation('customers');
  const [onlyProblems, setOnlyProblems] = useState(false);
  const money = (fen: number) => formatFen(fen, { locale: i18n.language });
  const shown = onlyProblems ? rows.filter(needsLook) : rows;
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} align="center">
        <Switch
          size="small"
          checked={onlyProblems}
          onChange={setOnlyProblems}
          aria-label={t('transfer.import.onlyProblems')}
        />
        <Typography.Text>{t('transfer.import.onlyProblems')}</Typography.Text>
      </Flex>
      <Table
        size="small"
        tableLayout="fixed"
        aria-label={t('transfer.import.rowsTitle')}
        rowKey={(row) => row.line}
        dataSource={shown as PlannedRow[]}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          { title: t('transfer.import.columns.line'), width: 60, render: (_, row) => row.line },
          {
            title: t('transfer.import.columns.name'),
            width: '18%',
            render: (_, row) => (
              <span style={{ overflowWrap: 'anywhere' }}>{row.row.name || '—'}</span>
            ),
          },
          {
            title: t('transfer.import.columns.phone'),
            width: 130,
            render: (_, row) => (row.row.phone ? maskPhone(row.row.phone) : '—'),
          },
          {
            title: t('transfer.import.columns.action'),
            width: 90,
            render: (_, row) => (
              <Tag color={actionColors[row.action]}>
                {t(`transfer.import.rowAction.${row.action}`)}
              </Tag>
            ),
          },
          {
            title: t('transfer.import.columns.opening'),
            width: '22%',
            render: (_, row) => {
              const { principalFen, bonusFen, points } = row.opening;
              const parts = [
                principalFen > 0 &&
                  t('transfer.import.opening.principal', { value: money(principalFen) }),
                bonusFen > 0 && t('transfer.import.opening.bonus', { value: money(bonusFen) }),
                points > 0 &&
                  t('transfer.import.opening.points', {
                    value: points.toLocaleString(i18n.language),
                  }),
              ].filter(Boolean);
              return parts.length > 0 ? parts.join(t('transfer.import.opening.separator')) : '—';
            },
          },
          {
            title: t('transfer.import.columns.details'),
            onCell: () => ({ style: { overflowWrap: 'anywhere' } }),
            render: (_, row) => (
              <>
                {row.errors.map((problem, index) => (
                  <Typography.Text key={`e${index}`} type="danger" style={{ display: 'block' }}>
                    {problemText(t, problem)}
                  </Typography.Text>
                ))}
                {row.warnings.map((problem, index) => (
                  <Typography.Text key={`w${index}`} style={{ ...warningText, display: 'block' }}>
                    {problemText(t, problem)}
                  </Typography.Text>
                ))}
                {row.changes.map((change) => (
                  <Typography.Text key={change.field} style={{ display: 'block' }}>
                    {changeText(t, change)}
                  </Typography.Text>
                ))}
              </>
            ),
          },
        ]}
      />
    </Flex>
  );
}
