/**
 * Undoing a redemption at the desk: within the shop's undo window a reason is asked for and a
 * reversing entry appended (a manager approves when the member at the desk may not undo); after
 * the window the desk says who can still help.
 */
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Redemption } from '@domain/offers/schema';
import type { ShopClock } from '@domain/menu/shop-clock';
import { formatVoucherCode } from '@domain/vouchers/code';
import { StoreError } from '../../db/errors';
import { useNow } from '../../time/use-now';
import { useActiveVendor } from '../../vendors/use-vendor';
import { undoCheck } from './decision';
import { undoRedemption } from './desk-actions';

export function UndoButton({
  redemption,
  clock,
  undoWindowMin,
  onDone,
}: {
  redemption: Redemption;
  clock: ShopClock;
  undoWindowMin: number;
  onDone?: () => void;
}) {
  const { t } = useTranslation('offers');
  const { message } = App.useApp();
  const { db } = useActiveVendor();
  const now = useNow();
  const entries = useLiveQuery(
    () => db.redemption.where('voucherId').equals(redemption.voucherId).toArray(),
    [db, redemption.voucherId],
  );
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState(false);
  if (!entries) return null;
  const check = undoCheck(redemption, entries, { undoWindowMin }, now);
  if (!check.ok) {
    if (check.reason === 'is_reversal') return null;
    return (
      <Typography.Text type="secondary" style={{ maxWidth: 360, display: 'inline-block' }}>
        {t(`desk.undoState.${check.reason}`, { minutes: undoWindowMin })}
      </Typography.Text>
    );
  }
  const code = formatVoucherCode(redemption.code);
  return (
    <>
      <Button onClick={() => setOpen(true)} aria-label={`${t('desk.undo')} ${code}`}>
        {t('desk.undo')}
      </Button>
      <Modal
        open={open}
        title={t('desk.undoDialog.title', { code })}
        okText={t('desk.undoDialog.ok')}
        cancelText={t('desk.undoDialog.cancel')}
        onCancel={() => setOpen(false)}
        onOk={async () => {
          if (reason.trim() === '') {
            setProblem(true);
            return;
          }
          try {
            await undoRedemption(db, redemption, reason, clock);
            setOpen(false);
            void message.success(t('desk.undoDialog.done'));
            onDone?.();
          } catch (error) {
            if (!(error instanceof StoreError && error.code === 'not_permitted')) {
              void message.error(
                t('desk.failed', { code: error instanceof StoreError ? error.code : 'failed' }),
              );
            }
          }
        }}
      >
        <Form layout="vertical">
          <Form.Item
            label={t('desk.undoDialog.reason')}
            htmlFor="undo-reason"
            validateStatus={problem ? 'error' : undefined}
            help={problem ? t('desk.undoDialog.needReason') : undefined}
          >
            <Input
              id="undo-reason"
              value={reason}
              maxLength={200}
              placeholder={t('desk.undoDialog.reasonPlaceholder')}
              onChange={(event) => {
                setReason(event.target.value);
                setProblem(false);
              }}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
