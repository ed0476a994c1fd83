/**
 * The publish dialog: a note (optional, at most 200 characters), what the pre-publish checks found
 * (errors block publishing), then the request through the mutation layer. Used for a rollback as
 * well, with the old version's document and `rollbackOf` its number.
 */
import { useState } from 'react';
import { Alert, App, Form, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StorefrontDocument, StorefrontVersion } from '@domain/storefront/schema';
import { StoreError } from '../../db/errors';
import { useActiveVendor } from '../../vendors/use-vendor';
import { blocksPublishing, useStorefrontProblems, type PublishProblem } from './problems';
import { publishDocument } from './publish-actions';
import { tagProps } from './tag-colours';

export interface PublishDialogProps {
  open: boolean;
  onClose: () => void;
  document: StorefrontDocument;
  live: StorefrontVersion | null;
  /** Set for a rollback: the version published again. */
  rollbackOf?: StorefrontVersion | null;
  /** The draft equals the live version (a publish would change nothing customers see). */
  sameAsLive?: boolean;
}

export function storeErrorKey(error: unknown): string {
  const code = error instanceof StoreError ? error.code : 'failed';
  return `versions.errors.${code}`;
}

function ProblemList({
  problems,
  document,
}: {
  problems: PublishProblem[] | undefined;
  document: StorefrontDocument;
}) {
  const { t } = useTranslation('storefront');
  if (problems === undefined) return null;
  if (problems.length === 0)
    return <Alert type="success" showIcon title={t('versions.publish.noProblems')} />;
  const at = (problem: PublishProblem) => {
    const index = document.blocks.findIndex((block) => block.id === problem.blockId);
    if (index < 0) return null;
    return t('versions.publish.atBlock', {
      block: t(`versions.blockTypes.${document.blocks[index]!.type}`),
      position: index + 1,
    });
  };
  return (
    <section aria-label={t('versions.publish.problemsTitle')}>
      <Typography.Text strong>{t('versions.publish.problemsTitle')}</Typography.Text>
      <List
        size="small"
        dataSource={problems}
        renderItem={(problem) => (
          <List.Item>
            <Space wrap>
              <Tag {...tagProps(problem.severity === 'error' ? 'red' : 'gold')}>
                {t(
                  problem.severity === 'error'
                    ? 'versions.publish.errorTag'
                    : 'versions.publish.warningTag',
                )}
              </Tag>
              {at(problem) && <Typography.Text type="secondary">{at(problem)}</Typography.Text>}
              <span>{t(`checks.${problem.code}`, problem.values)}</span>
            </Space>
          </List.Item>
        )}
      />
    </section>
  );
}

export function PublishDialog({
  open,
  onClose,
  document,
  live,
  rollbackOf = null,
  sameAsLive = false,
}: PublishDialogProps) {
  const { t } = useTranslation('storefront');
  const { db } = useActiveVendor();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const [saving, setSaving] = useState(false);
  const problems = useStorefrontProblems(document);
  // Until the checks have run, publishing waits for them.
  const failed = problems !== undefined && blocksPublishing(problems);
  const blocked = problems === undefined || failed;
  const title = rollbackOf
    ? t('versions.history.rollbackTitle', { number: rollbackOf.number })
    : t('versions.publish.title');

  const submit = async () => {
    const { note } = await form.validateFields();
    setSaving(true);
    try {
      await publishDocument(db, document, {
        note: note ?? '',
        live,
        rollbackOf: rollbackOf?.number ?? null,
      });
      void message.success(
        t(rollbackOf ? 'versions.history.rollbackDone' : 'versions.publish.done'),
      );
      form.resetFields();
      onClose();
    } catch (error) {
      void message.error(t(storeErrorKey(error)));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={t(rollbackOf ? 'versions.publish.rollbackOk' : 'versions.publish.ok')}
      cancelText={t('versions.publish.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      okButtonProps={{ disabled: blocked, loading: saving }}
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph>
          {rollbackOf
            ? t('versions.history.rollbackBody', { number: rollbackOf.number })
            : t('versions.publish.intro')}
        </Typography.Paragraph>
        {sameAsLive && !rollbackOf && (
          <Alert type="info" showIcon title={t('versions.publish.sameAsLive')} />
        )}
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            note: rollbackOf
              ? t('versions.history.rollbackNote', { number: rollbackOf.number })
              : '',
          }}
        >
          <Form.Item
            name="note"
            label={t('versions.publish.note')}
            rules={[{ max: 200, message: t('versions.publish.noteTooLong') }]}
          >
            <Input.TextArea
              rows={2}
              showCount
              maxLength={200}
              placeholder={t('versions.publish.notePlaceholder')}
            />
          </Form.Item>
        </Form>
        <ProblemList problems={problems} document={document} />
        {failed && (
          <Alert type="error" showIcon role="alert" title={t('versions.publish.blocked')} />
        )}
      </Space>
    </Modal>
  );
}
