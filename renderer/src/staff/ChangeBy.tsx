import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useStaffNames } from './use-staff';

/** "操作人：小张，批准人：李店长" under a change on the Sync page; nothing for a nameless one. */
export function ChangeBy({ actor, approver }: { actor?: string | null; approver?: string | null }) {
  const { t } = useTranslation('sync');
  const names = useStaffNames();
  if (!actor) return null;
  const name = (id: string) => names.get(id) ?? t('change.someone');
  return (
    <Typography.Text type="secondary">
      {approver
        ? t('change.byApproved', { actor: name(actor), approver: name(approver) })
        : t('change.by', { actor: name(actor) })}
    </Typography.Text>
  );
}
