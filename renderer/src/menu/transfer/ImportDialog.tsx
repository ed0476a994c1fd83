import { useRef, useState } from 'react';
import { Alert, Button, Flex, Modal, Progress, Result, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { needsConfirmation } from '@domain/menu/import/file-warnings';
import type { Menu } from '@domain/menu/schema';
import { useLocalName } from '../display';
import { useUndo } from '../undo/undo-context';
import { useRun } from '../use-run';
import { ColumnMappingEditor } from './ColumnMappingEditor';
import { ImportPreview } from './ImportPreview';
import { useImport } from './use-import';

const phasePercent = { reading: 10, parsing: 35, checking: 65, writing: 90 } as const;

/** Choose a CSV, see every row and its errors, pick "add and update by SKU" or "replace", import. */
export function ImportDialog({ menu, onClose }: { menu: Menu; onClose: () => void }) {
  const { t } = useTranslation(['menu', 'common']);
  const { offer } = useUndo();
  const run = useRun();
  const localName = useLocalName();
  const input = useRef<HTMLInputElement>(null);
  const job = useImport(menu);
  const { state } = job;
  const names = new Map(menu.items.map((item) => [item.id, localName(item.name)]));
  const itemName = (id: string) => names.get(id);
  const preview = state.step === 'preview' ? state.analysis : null;
  const plan = preview?.plan;
  const importable = plan ? plan.toCreate.length + plan.toUpdate.length + plan.toDelete.length : 0;
  // A confirmation holds for the plan it was given on; a new plan (mode, mapping) asks again.
  const [confirmedPlan, setConfirmedPlan] = useState<typeof plan>();
  const mustConfirm = plan?.fileWarnings.some(needsConfirmation) ?? false;
  const mayCommit = importable > 0 && (!mustConfirm || confirmedPlan === plan);

  const commit = async () => {
    if (!preview) return;
    const undo = await run(() => job.commit(preview));
    if (undo)
      offer(
        t('import.done', {
          create: preview.plan.toCreate.length,
          update: preview.plan.toUpdate.length,
          remove: preview.plan.toDelete.length,
        }),
        undo,
      );
  };

  const footer =
    state.step === 'preview' ? (
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
        <Button type="primary" disabled={!mayCommit} onClick={() => void commit()}>
          {t('import.commit', { count: importable })}
        </Button>
      </Flex>
    ) : state.step === 'done' ? (
      <Button type="primary" onClick={onClose}>
        {t('import.close')}
      </Button>
    ) : null;

  return (
    <Modal
      open
      width={960}
      title={t('import.title')}
      footer={footer}
      onCancel={onClose}
      maskClosable={false}
    >
      {state.step === 'choose' && (
        <Flex vertical gap={12} align="start">
          <Typography.Paragraph>{t('import.intro')}</Typography.Paragraph>
          {state.failed && <Alert type="error" showIcon title={t('import.failed')} />}
          {state.notCsv && (
            <Alert
              type="error"
              showIcon
              title={t('import.notCsv.title', { file: job.fileName ?? '' })}
              description={t(`import.notCsv.${state.notCsv}`)}
            />
          )}
          <Button type="primary" icon={<UploadOutlined />} onClick={() => input.current?.click()}>
            {t('import.chooseFile')}
          </Button>
          <input
            ref={input}
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
            hidden
            style={{ display: 'none' }}
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              if (chosen) void job.choose(chosen);
            }}
          />
        </Flex>
      )}
      {state.step === 'working' && (
        <Flex vertical gap={8} style={{ paddingBlock: 24 }}>
          <Typography.Text>
            {t(`import.phase.${state.phase}`, { file: job.fileName ?? '' })}
          </Typography.Text>
          <Progress
            percent={phasePercent[state.phase]}
            status="active"
            aria-label={t('import.progress')}
          />
        </Flex>
      )}
      {preview && (
        <Flex vertical gap={12}>
          {'mapping' in preview.source && (
            <>
              <Alert type="info" showIcon title={t('import.mapping.intro')} />
              <ColumnMappingEditor
                headers={preview.headers}
                mapping={preview.source.mapping}
                onChange={(mapping) => void job.remap({ mapping }, job.mode)}
              />
            </>
          )}
          <ImportPreview
            analysis={preview}
            mode={job.mode}
            onModeChange={(mode) => job.changeMode(mode, preview.source)}
            itemName={itemName}
            confirmed={confirmedPlan === plan}
            onConfirm={(confirmed) => setConfirmedPlan(confirmed ? plan : undefined)}
          />
        </Flex>
      )}
      {state.step === 'done' && (
        <Result
          status="success"
          title={t('import.finished')}
          subTitle={t('import.finishedDetail', {
            create: state.analysis.plan.toCreate.length,
            update: state.analysis.plan.toUpdate.length,
            remove: state.analysis.plan.toDelete.length,
            skip: state.analysis.plan.preview.filter((row) => row.action === 'skip').length,
          })}
        />
      )}
    </Modal>
  );
}
