import { useRef, useState } from 'react';
import { Alert, Button, Checkbox, Flex, Modal, Progress, Result, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { mappingIsUsable } from '@domain/customers/import/csv';
import { useRun } from '../../menu/use-run';
import { ColumnMapping } from './ColumnMapping';
import { ImportRows } from './ImportRows';
import { ImportTotals } from './ImportTotals';
import { useCustomerImport } from './use-customer-import';

interface CustomerImportDialogProps {
  businessDate: string;
  onClose: () => void;
}

/** Choose a file → every row, the mapping and what merges → the totals to confirm → import → result. */
export function CustomerImportDialog({ businessDate, onClose }: CustomerImportDialogProps) {
  const { t } = useTranslation(['customers', 'common']);
  const run = useRun();
  const input = useRef<HTMLInputElement>(null);
  const job = useCustomerImport();
  const { state } = job;
  const planned = state.step === 'preview' || state.step === 'writing' ? state : null;
  const writes = planned ? planned.plan.totals.create + planned.plan.totals.update : 0;
  // A confirmation holds for the plan it was given on; a new plan (another mapping) asks again.
  const [confirmedPlan, setConfirmedPlan] = useState<unknown>();
  const confirmed = planned !== null && confirmedPlan === planned.plan;

  const footer =
    state.step === 'preview' ? (
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
        <Button
          type="primary"
          disabled={writes === 0 || !confirmed}
          onClick={() => void run(() => job.commit(businessDate))}
        >
          {t('transfer.import.commit', { count: writes })}
        </Button>
      </Flex>
    ) : state.step === 'done' ? (
      <Button type="primary" onClick={onClose}>
        {t('transfer.import.close')}
      </Button>
    ) : null;

  return (
    <Modal
      open
      width={1040}
      title={t('transfer.import.title')}
      footer={footer}
      onCancel={onClose}
      maskClosable={false}
    >
      {state.step === 'choose' && (
        <Flex vertical gap={12} align="start">
          <Typography.Paragraph>{t('transfer.import.intro')}</Typography.Paragraph>
          {state.failed && <Alert type="error" showIcon title={t('transfer.import.failed')} />}
          {state.notText && (
            <Alert
              type="error"
              showIcon
              title={t('transfer.import.notText.title', { file: job.fileName })}
              description={t(`transfer.import.notText.${state.notText}`)}
            />
          )}
          <Button type="primary" icon={<UploadOutlined />} onClick={() => input.current?.click()}>
            {t('transfer.import.chooseFile')}
          </Button>
          <input
            ref={input}
            type="file"
            accept=".csv,.tsv,.txt,.vcf,text/csv,text/vcard,text/x-vcard"
            hidden
            style={{ display: 'none' }}
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              event.target.value = '';
              if (chosen) void job.choose(chosen);
            }}
          />
        </Flex>
      )}
      {(state.step === 'reading' || state.step === 'writing') && (
        <Flex vertical gap={8} style={{ paddingBlock: 24 }}>
          <Typography.Text>
            {state.step === 'reading'
              ? t('transfer.import.reading', { file: job.fileName })
              : t('transfer.import.writing')}
          </Typography.Text>
          <Progress
            percent={state.step === 'reading' ? 30 : 80}
            status="active"
            aria-label={t('transfer.import.progress')}
          />
        </Flex>
      )}
      {state.step === 'preview' && (
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">
            {t('transfer.import.fileInfo', {
              file: job.fileName,
              format: t(`transfer.import.format.${state.read.format}`),
              encoding: t(`transfer.import.encoding.${state.read.encoding}`),
            })}
          </Typography.Text>
          {state.read.format === 'csv' && (
            <>
              <Typography.Text strong>{t('transfer.import.mapping.intro')}</Typography.Text>
              <ColumnMapping
                headers={state.read.headers}
                mapping={state.read.mapping}
                onChange={(mapping) => void job.remap(mapping)}
              />
              {!mappingIsUsable(state.read.mapping) && (
                <Alert type="error" showIcon title={t('transfer.import.mapping.needNameOrPhone')} />
              )}
            </>
          )}
          <ImportTotals totals={state.plan.totals} />
          <Checkbox
            checked={confirmed}
            disabled={writes === 0}
            onChange={(event) => setConfirmedPlan(event.target.checked ? state.plan : undefined)}
          >
            {t('transfer.import.confirm')}
          </Checkbox>
          <ImportRows rows={state.plan.rows} />
        </Flex>
      )}
      {state.step === 'done' && (
        <>
          <Result
            status="success"
            title={t('transfer.import.finished')}
            subTitle={t('transfer.import.finishedDetail', { ...state.plan.totals })}
          />
          {state.result.written < state.result.planned && (
            <Alert
              type="error"
              showIcon
              title={t('transfer.import.partial', { ...state.result })}
            />
          )}
        </>
      )}
    </Modal>
  );
}
