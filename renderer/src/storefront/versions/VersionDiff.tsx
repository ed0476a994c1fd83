/**
 * Two documents side by side: one row per block added, removed, moved or changed (and the
 * theme's), each changed field before on the left and after on the right, in words.
 */
import { useMemo } from 'react';
import { Alert, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { diffDocuments } from '@domain/storefront/diff';
import type { StorefrontDocument } from '@domain/storefront/schema';
import { describeDiff, type RowStatus, type Shown, type Translate } from './describe-diff';
import { tagProps, type TagColour } from './tag-colours';

const statusColour: Record<RowStatus, TagColour> = {
  added: 'green',
  removed: 'red',
  moved: 'blue',
  changed: 'orange',
  theme: 'purple',
};

function ShownValue({ value }: { value: Shown | null }) {
  const { t } = useTranslation('storefront');
  if (!value)
    return <Typography.Text type="secondary">{t('versions.diff.notThere')}</Typography.Text>;
  if (value.kind === 'text') return <span>{value.text}</span>;
  return (
    <Space size={6}>
      <span
        aria-hidden
        style={{
          display: 'inline-block',
          width: 16,
          height: 16,
          borderRadius: 3,
          border: '1px solid rgba(0,0,0,0.25)',
          background: value.hex,
          verticalAlign: 'middle',
        }}
      />
      <Typography.Text code>{value.hex}</Typography.Text>
    </Space>
  );
}

interface Line {
  key: string;
  heading: boolean;
  what: React.ReactNode;
  before: React.ReactNode;
  after: React.ReactNode;
}

export function VersionDiff({
  left,
  right,
  leftName,
  rightName,
}: {
  left: StorefrontDocument;
  right: StorefrontDocument;
  leftName: string;
  rightName: string;
}) {
  const { t } = useTranslation('storefront');
  const words = useMemo(
    () => describeDiff(diffDocuments(left, right), left, right, t as unknown as Translate),
    [left, right, t],
  );
  if (words.rows.length === 0)
    return <Alert type="info" showIcon title={t('versions.diff.same')} />;

  const lines: Line[] = words.rows.flatMap((row) => [
    {
      key: row.key,
      heading: true,
      what: (
        <Space wrap size={4}>
          <Typography.Text strong>{row.heading}</Typography.Text>
          {row.statuses
            .filter((status) => status !== 'theme')
            .map((status) => (
              <Tag key={status} {...tagProps(statusColour[status])}>
                {t(`versions.diff.${status}`)}
              </Tag>
            ))}
        </Space>
      ),
      before: row.statuses.includes('added') ? (
        <Typography.Text type="secondary">{t('versions.diff.notThere')}</Typography.Text>
      ) : null,
      after: row.statuses.includes('removed') ? (
        <Typography.Text type="secondary">{t('versions.diff.notThere')}</Typography.Text>
      ) : (
        row.moved
      ),
    },
    ...row.lines.map((line, index) => ({
      key: `${row.key}-${index}`,
      heading: false,
      what: <span style={{ paddingInlineStart: 16 }}>{line.label}</span>,
      before: <ShownValue value={line.before} />,
      after: <ShownValue value={line.after} />,
    })),
  ]);

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{words.summary}</Typography.Text>
      <Table<Line>
        aria-label={t('versions.diff.tableLabel', { left: leftName, right: rightName })}
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={lines}
        rowClassName={(line) => (line.heading ? 'storefront-diff-heading' : '')}
        columns={[
          { key: 'what', title: t('versions.diff.what'), dataIndex: 'what', width: '30%' },
          { key: 'before', title: leftName, dataIndex: 'before', width: '35%' },
          { key: 'after', title: rightName, dataIndex: 'after', width: '35%' },
        ]}
      />
    </Space>
  );
}
