import { useState } from 'react';
import { Button, Checkbox, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRun } from '../../menu/use-run';
import { useActiveVendor } from '../../vendors/use-vendor';
import { erase } from '../actions';

/**
 * Erasure on request (PIPL art. 47): the confirmation says what goes (the person) and what stays
 * (the ledgers, under a pseudonymous id, as the law on prepaid cards requires) and that it cannot
 * be undone; the shop ticks that it understood before the button works.
 */
export function EraseButton({ customerId, name }: { customerId: string; name: string }) {
  const { t } = useTranslation('customers');
  const { db } = useActiveVendor();
  const run = useRun();
  const [open, setOpen] = useState(false);
  const [understood, setUnderstood] = useState(false);
  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t('erase.button')}
      </Button>
      {open && (
        <Modal
          open
          title={t('erase.title', { name })}
          okText={t('erase.confirm')}
          okButtonProps={{ danger: true, disabled: !understood }}
          cancelText={t('common:actions.cancel')}
          onCancel={() => setOpen(false)}
          onOk={() =>
            void run(async () => {
              await erase(db, customerId);
              setOpen(false);
            })
          }
        >
          <Typography.Paragraph>{t('erase.removed')}</Typography.Paragraph>
          <Typography.Paragraph>{t('erase.kept')}</Typography.Paragraph>
          <Typography.Paragraph strong>{t('erase.final')}</Typography.Paragraph>
          <Checkbox checked={understood} onChange={(event) => setUnderstood(event.target.checked)}>
            {t('erase.understood')}
          </Checkbox>
        </Modal>
      )}
    </>
  );
}
