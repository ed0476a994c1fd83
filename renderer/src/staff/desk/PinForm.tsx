import { useState } from 'react';
import { Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { pinProblem } from '@domain/staff/pin';
import type { StaffMember } from '@domain/staff/schema';
import { useActiveVendor } from '../../vendors/use-vendor';
import { checkMemberPin } from '../desk-store';
import { roleLabel, useStaffRoles } from '../use-staff';

interface PinFormProps {
  /** Who may be chosen. */
  members: readonly StaffMember[];
  /** Label of the member field ('店员' or '批准人'). */
  memberLabel: string;
  submitLabel: string;
  onVerified: (member: StaffMember) => void;
  /** Extra buttons beside submit (Cancel). */
  extra?: React.ReactNode;
  initialMemberId?: string;
}

/** Choose a member, type their PIN, checked on this desk against the synced hash. */
export function PinForm({
  members,
  memberLabel,
  submitLabel,
  onVerified,
  extra,
  initialMemberId,
}: PinFormProps) {
  const { t } = useTranslation('staff');
  const { db } = useActiveVendor();
  const roles = useStaffRoles();
  const [memberId, setMemberId] = useState<string | undefined>(
    initialMemberId ?? (members.length === 1 ? members[0]!.id : undefined),
  );
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  const submit = async () => {
    if (!memberId) return setError(t('desk.chooseMember'));
    if (pinProblem(pin)) return setError(t('desk.pinFormat'));
    setChecking(true);
    const result = await checkMemberPin(db, memberId, pin).finally(() => setChecking(false));
    setPin('');
    if (result.ok) return onVerified(result.member);
    if (result.problem === 'wrong') setError(t('desk.wrongPin', { count: result.triesLeft }));
    else if (result.problem === 'locked')
      setError(t('desk.locked', { count: Math.ceil(result.lockedForMs / 60_000) }));
    else setError(t('desk.inactive'));
  };

  return (
    <Form layout="vertical" onFinish={() => void submit()}>
      <Form.Item label={memberLabel} htmlFor="desk-member">
        <Select
          id="desk-member"
          value={memberId}
          placeholder={t('desk.chooseMember')}
          onChange={(id: string) => {
            setMemberId(id);
            setError(null);
          }}
          options={members.map((member) => ({
            value: member.id,
            label: `${member.name} · ${roleLabel(t, member.roleId, roles)}`,
          }))}
        />
      </Form.Item>
      <Form.Item
        label={t('desk.pin')}
        htmlFor="desk-pin"
        extra={t('desk.pinHelp')}
        validateStatus={error ? 'error' : undefined}
        help={error ?? undefined}
      >
        <Input.Password
          id="desk-pin"
          value={pin}
          inputMode="numeric"
          autoComplete="off"
          maxLength={6}
          autoFocus
          onChange={(event) => {
            setPin(event.target.value.replace(/\D/g, ''));
            setError(null);
          }}
        />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" loading={checking}>
          {submitLabel}
        </Button>
        {extra}
      </Form.Item>
    </Form>
  );
}
