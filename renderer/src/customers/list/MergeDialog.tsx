import { useState } from 'react';
import { Modal, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatFen } from '../../menu/display';
import { useRun } from '../../menu/use-run';
import { useActiveVendor } from '../../vendors/use-vendor';
import { merge } from '../actions';
import { customerName, phoneText } from '../display';
import { useFormatShopTime } from '../use-format';
import { mergeFields } from './merge-fields';
import type { CustomerListData } from './use-customer-list';

/**
 * Merges profiles that share a phone in one change: the shop picks the one to keep (the oldest by
 * default), its blanks are filled from the others, and the others become its aliases, so their
 * balances and history sum into it.
 */
export function MergeDialog(props: { ids: string[]; data: CustomerListData; onClose: () => void }) {
  const { t } = useTranslation('customers');
  const { db } = useActiveVendor();
  const run = useRun();
  const formatFen = useFormatFen();
  const formatDate = useFormatShopTime(false);
  const [keepId, setKeepId] = useState(props.ids[0]!);
  const created = new Map(props.data.customers.map((c) => [c.id, c.createdAt]));
  const submit = () =>
    void run(async () => {
      const mergedIds = props.ids.filter((id) => id !== keepId);
      const fields = mergeFields(
        props.data.personalById.get(keepId) ?? null,
        mergedIds.map((id) => props.data.personalById.get(id) ?? null),
      );
      await merge(db, keepId, mergedIds, fields);
      props.onClose();
    });
  return (
    <Modal
      open
      title={t('merge.title')}
      okText={t('merge.submit')}
      cancelText={t('common:actions.cancel')}
      onOk={submit}
      onCancel={props.onClose}
    >
      <Typography.Paragraph>{t('merge.intro')}</Typography.Paragraph>
      <Radio.Group
        aria-label={t('merge.keep')}
        value={keepId}
        onChange={(event) => setKeepId(event.target.value as string)}
      >
        <Space orientation="vertical">
          {props.ids.map((id) => {
            const personal = props.data.personalById.get(id) ?? null;
            const summary = props.data.summaries.get(id);
            return (
              <Radio key={id} value={id}>
                {t('merge.option', {
                  name: customerName(personal, false, t),
                  phone: phoneText(personal?.phone ?? null, false),
                  balance: formatFen(summary?.storedValue.totalFen ?? 0),
                  points: summary?.points ?? 0,
                  created: formatDate(created.get(id) ?? 0),
                })}
              </Radio>
            );
          })}
        </Space>
      </Radio.Group>
    </Modal>
  );
}
