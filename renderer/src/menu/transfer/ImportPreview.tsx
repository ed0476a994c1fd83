import { useMemo, useState } from 'react';
import { Alert, Checkbox, Flex, Radio, Switch, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { needsConfirmation } from '@domain/menu/import/file-warnings';
import type { ImportMode, ImportPreviewRow } from '@domain/menu/import/plan';
import type { ImportAnalysis } from './analyze-import';
import { fileErrorText, fileWarningText, importProblemText } from './import-messages';

interface ImportPreviewProps {
  analysis: ImportAnalysis;
  mode: ImportMode;
  onModeChange: (mode: ImportMode) => void;
  itemName: (id: string) => string | undefined;
  /** Whether the shop has said it read the file's warnings and still wants the rest imported. */
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
}

const actionColors: Record<ImportPreviewRow['action'], string | undefined> = {
  create: '#237804',
  update: '#0958d9',
  unchanged: undefined,
  delete: '#a8071a',
  skip: '#874d00',
};

/** antd's warning gold is too pale to read on white (axe: contrast); this is its dark shade. */
const warningText = { color: '#874d00' };

/** Every row of the file and what it will do, with its errors, before anything is written. */
export function ImportPreview({
  analysis,
  mode,
  onModeChange,
  itemName,
  confirmed,
  onConfirm,
}: ImportPreviewProps) {
  const { t } = useTranslation('menu');
  const [onlyProblems, setOnlyProblems] = useState(false);
  const { plan } = analysis;
  const counts = useMemo(() => {
    const result = { create: 0, update: 0, unchanged: 0, delete: 0, skip: 0 };
    for (const row of plan.preview) result[row.action] += 1;
    return result;
  }, [plan.preview]);
  const rows = onlyProblems
    ? plan.preview.filter((row) => row.errors.length + row.warnings.length > 0)
    : plan.preview;
  const warned = plan.preview.filter((row) => row.warnings.length > 0).length;

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">
        {t('import.fileInfo', {
          encoding: t(`import.encoding.${analysis.encoding}`),
          layout: t(`import.layout.${analysis.layout}`),
        })}
      </Typography.Text>
      <Radio.Group
        value={mode}
        onChange={(event) => onModeChange(event.target.value)}
        options={[
          { value: 'upsert_by_sku', label: t('import.mode.upsert_by_sku') },
          { value: 'replace', label: t('import.mode.replace') },
        ]}
      />
      {mode === 'replace' && <Alert type="warning" showIcon title={t('import.replaceWarning')} />}
      {plan.fileErrors.map((error) => (
        <Alert key={error.code} type="error" showIcon title={fileErrorText(t, error)} />
      ))}
      {plan.fileWarnings.map((warning) => (
        <Alert
          key={warning.code}
          type={needsConfirmation(warning) ? 'warning' : 'info'}
          showIcon
          title={fileWarningText(t, warning)}
        />
      ))}
      {plan.fileWarnings.some(needsConfirmation) && plan.fileErrors.length === 0 && (
        <Checkbox checked={confirmed} onChange={(event) => onConfirm(event.target.checked)}>
          {t('import.confirmRest')}
        </Checkbox>
      )}
      <Typography.Text strong aria-live="polite">
        {t('import.summary', counts)}
      </Typography.Text>
      {warned > 0 && (
        <Typography.Text style={warningText}>
          {t('import.warnedRows', { count: warned })}
        </Typography.Text>
      )}
      <Flex gap={8} align="center">
        <Switch
          size="small"
          checked={onlyProblems}
          onChange={setOnlyProblems}
          aria-label={t('import.onlyProblems')}
        />
        <Typography.Text>{t('import.onlyProblems')}</Typography.Text>
      </Flex>
      <Table
        size="small"
        // Fixed widths: a 300-character name must not squeeze the problems to a letter per line.
        tableLayout="fixed"
        rowKey={(row) => `${row.lines.join('-')}:${row.itemId ?? row.name}`}
        dataSource={rows}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          { title: t('import.columns.line'), width: 70, render: (_, row) => row.lines[0] ?? '—' },
          {
            title: t('import.columns.name'),
            width: '28%',
            render: (_, row) => (
              <span style={{ overflowWrap: 'anywhere' }}>
                {row.name || '—'}
                {row.variantCount !== undefined && (
                  <Typography.Text type="secondary">
                    {' '}
                    {t('import.variantCount', { count: row.variantCount })}
                  </Typography.Text>
                )}
              </span>
            ),
          },
          {
            title: t('import.columns.action'),
            width: 110,
            render: (_, row) => (
              <Tag color={actionColors[row.action]}>{t(`import.rowAction.${row.action}`)}</Tag>
            ),
          },
          {
            title: t('import.columns.problems'),
            onCell: () => ({ style: { overflowWrap: 'anywhere' } }),
            render: (_, row) => (
              <>
                {row.errors.map((problem, index) => (
                  <Typography.Text key={`e${index}`} type="danger" style={{ display: 'block' }}>
                    {importProblemText(t, problem, itemName)}
                  </Typography.Text>
                ))}
                {row.warnings.map((problem, index) => (
                  <Typography.Text key={`w${index}`} style={{ ...warningText, display: 'block' }}>
                    {importProblemText(t, problem, itemName, 'warning')}
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
