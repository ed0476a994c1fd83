import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Card, Modal, Spin, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DEFAULT_IDLE_LOCK_MINUTES, type StaffMember } from '@domain/staff/schema';
import { LanguageSwitch } from '../../settings/LanguageSwitch';
import { useActiveVendor } from '../../vendors/use-vendor';
import { clearDeskMember, setDeskMember } from '../desk-store';
import { useDeskState, useStaffMembers, useStaffSettings } from '../use-staff';
import { DeskContext, SWITCH_KEY, type DeskControls } from './desk-context';
import { PinForm } from './PinForm';
import { useIdleLock } from './use-idle-lock';

/**
 * Who is at the desk, around the console: F2 opens the switch screen anywhere; the desk locks
 * itself after the shop's idle time; DeskGate shows the PIN screen instead of the page while it is
 * locked. Before the shop has staff it changes nothing.
 */
export function DeskProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation('staff');
  const { db } = useActiveVendor();
  const desk = useDeskState();
  const members = useStaffMembers();
  const settings = useStaffSettings();
  const [switching, setSwitching] = useState(false);
  const active = useMemo(() => (members ?? []).filter((member) => member.active), [members]);

  const lock = useCallback(() => {
    setSwitching(false);
    void clearDeskMember(db);
  }, [db]);
  const controls = useMemo<DeskControls>(
    () => ({ openSwitch: () => setSwitching(true), lock }),
    [lock],
  );
  const enter = (member: StaffMember) => {
    setSwitching(false);
    void setDeskMember(db, member.id);
  };

  useEffect(() => {
    if (!desk?.staffSetUp) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== SWITCH_KEY || event.repeat) return;
      event.preventDefault();
      setSwitching(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [desk?.staffSetUp]);

  const idleMinutes =
    settings === undefined ? null : (settings?.idleLockMinutes ?? DEFAULT_IDLE_LOCK_MINUTES);
  useIdleLock(desk?.staffSetUp && desk.member && idleMinutes ? idleMinutes * 60_000 : null, lock);

  return (
    <DeskContext.Provider value={controls}>
      {children}
      <Modal
        open={switching && Boolean(desk?.member)}
        title={t('desk.switchTitle')}
        footer={null}
        destroyOnHidden
        onCancel={() => setSwitching(false)}
      >
        <PinForm
          members={active.filter((member) => member.id !== desk?.member?.id)}
          memberLabel={t('desk.member')}
          submitLabel={t('desk.enter')}
          onVerified={enter}
        />
      </Modal>
    </DeskContext.Provider>
  );
}

/** The page, or the PIN screen while the desk is locked (staff set up, nobody at the desk). */
export function DeskGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation('staff');
  const { db } = useActiveVendor();
  const desk = useDeskState();
  const members = useStaffMembers();
  if (desk === undefined || members === undefined) return <Spin />;
  if (!desk.staffSetUp || desk.member) return children;
  return (
    <Card style={{ maxWidth: 440, margin: '48px auto' }}>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        <LockOutlined /> {t('desk.lockedTitle')}
      </Typography.Title>
      <Typography.Paragraph>{t('desk.lockedBody')}</Typography.Paragraph>
      <PinForm
        members={members.filter((member) => member.active)}
        memberLabel={t('desk.member')}
        submitLabel={t('desk.enter')}
        onVerified={(member) => void setDeskMember(db, member.id)}
      />
      {/* Whoever comes to the desk may read it in their language before signing in. */}
      <div style={{ marginTop: 24 }}>
        <LanguageSwitch />
      </div>
    </Card>
  );
}
