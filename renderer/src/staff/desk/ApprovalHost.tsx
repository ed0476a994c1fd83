import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { permissionLabelKey } from '@domain/parts/text-keys';
import { setChangeAuthority } from '../../db/change-authority';
import { deskAuthority, type ApprovalRequest } from '../desk-authority';
import { PinForm } from './PinForm';

interface Pending {
  request: ApprovalRequest;
  resolve: (approverId: string | null) => void;
}

/**
 * The manager's approval on the spot: mutate() asks the desk authority, which, for a change the
 * member at the desk may not make, opens this dialog over whatever screen made it. A member who
 * holds the right enters their PIN here; the change is then saved with both names. No screen that
 * makes changes needs to know about it.
 */
export function ApprovalHost() {
  const { t } = useTranslation('staff');
  const [pending, setPending] = useState<Pending | null>(null);
  const pendingRef = useRef<Pending | null>(null);

  useEffect(() => {
    setChangeAuthority(
      deskAuthority(
        () => (request) =>
          new Promise<string | null>((resolve) => {
            pendingRef.current?.resolve(null);
            const next = { request, resolve };
            pendingRef.current = next;
            setPending(next);
          }),
      ),
    );
    return () => {
      setChangeAuthority(null);
      pendingRef.current?.resolve(null);
    };
  }, []);

  const finish = (approverId: string | null) => {
    pending?.resolve(approverId);
    pendingRef.current = null;
    setPending(null);
  };
  const request = pending?.request;
  const labelKey = request ? permissionLabelKey(request.permission) : undefined;
  const permission = labelKey ? t(labelKey) : (request?.permission ?? '');
  return (
    <Modal
      open={pending !== null}
      title={t('approval.title')}
      footer={null}
      destroyOnHidden
      onCancel={() => finish(null)}
    >
      {request && (
        <>
          <Typography.Paragraph>
            {t('approval.body', { actor: request.actor.name, permission })}
          </Typography.Paragraph>
          {request.approvers.length === 0 ? (
            <>
              <Alert type="warning" showIcon title={t('approval.none')} />
              <Button style={{ marginTop: 16 }} onClick={() => finish(null)}>
                {t('common:actions.cancel')}
              </Button>
            </>
          ) : (
            <PinForm
              members={request.approvers}
              memberLabel={t('approval.approver')}
              submitLabel={t('approval.approve')}
              onVerified={(member) => finish(member.id)}
              extra={
                <Button style={{ marginInlineStart: 8 }} onClick={() => finish(null)}>
                  {t('common:actions.cancel')}
                </Button>
              }
            />
          )}
        </>
      )}
    </Modal>
  );
}
