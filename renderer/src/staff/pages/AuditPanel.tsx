import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeTitleKey } from '@domain/parts/text-keys';
import type { AuditEntry } from '@domain/staff/audit';
import { memberAllows } from '@domain/staff/authority';
import { formatDeviceTime } from '../../i18n/format-time';
import { useVendorSync } from '../../sync/pages/use-vendor-sync';
import { useActiveVendor } from '../../vendors/use-vendor';
import { useDeskState, useStaffMembers, useStaffRoles } from '../use-staff';
import { downloadAuditCsv } from './audit-csv';

const PAGE = 100;

/**
 * The platform's audit log of changes that needed a right: who made it, who approved it, from
 * which computer, when, and whether it was applied. Read online (it lives on the platform), by
 * a member allowed to read it; filtered by member, exported as CSV.
 */
export function AuditPanel() {
  const { t, i18n } = useTranslation('staff');
  const { vendorId } = useActiveVendor();
  const { session, engine } = useVendorSync();
  const desk = useDeskState();
  const members = useStaffMembers();
  const roles = useStaffRoles();
  const [staffId, setStaffId] = useState<string | undefined>();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  const [reloads, setReloads] = useState(0);

  const allowed =
    desk?.member && members && roles
      ? memberAllows(
          {
            staffSetUp: true,
            member: (id) => members.find((member) => member.id === id) ?? null,
            role: (id) => roles.find((role) => role.id === id) ?? null,
          },
          desk.member.id,
          'staff.viewAudit',
        )
      : false;

  const fetchPage = useCallback(
    (before?: number) => engine!.client.audit(vendorId, { limit: PAGE, staffId, before }),
    [engine, vendorId, staffId],
  );
  useEffect(() => {
    if (!allowed || !engine) return;
    let cancelled = false;
    fetchPage().then(
      (page) => {
        if (cancelled) return;
        setEntries(page.entries);
        setNextBefore(page.nextBefore);
        setFailed(false);
      },
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [allowed, engine, fetchPage, reloads]);
  const loadMore = async (before: number) => {
    try {
      const page = await fetchPage(before);
      setEntries((shown) => [...(shown ?? []), ...page.entries]);
      setNextBefore(page.nextBefore);
    } catch {
      setFailed(true);
    }
  };

  if (!allowed) return <Alert type="info" showIcon title={t('audit.ownerOnly')} />;
  if (session === null) return <Alert type="info" showIcon title={t('audit.notSignedIn')} />;
  // A change accepted without a name was made before the shop had staff, by the desk as owner.
  const actorOf = (entry: AuditEntry) =>
    entry.actorName ??
    (entry.status === 'applied' && !entry.actorStaffId ? t('desk.deviceOwner') : t('audit.nobody'));
  const what = (name: string) => {
    const key = changeTitleKey(name);
    return key ? t(key) : name;
  };
  const columns = [
    {
      title: t('audit.when'),
      key: 'when',
      render: (_: unknown, entry: AuditEntry) => formatDeviceTime(entry.madeAt, i18n.language),
    },
    { title: t('audit.what'), key: 'what', render: (_: unknown, e: AuditEntry) => what(e.name) },
    {
      title: t('audit.who'),
      key: 'who',
      render: (_: unknown, e: AuditEntry) => actorOf(e),
    },
    {
      title: t('audit.approvedBy'),
      key: 'approvedBy',
      render: (_: unknown, e: AuditEntry) => e.approverName ?? t('audit.nobody'),
    },
    {
      title: t('audit.desk'),
      key: 'desk',
      render: (_: unknown, e: AuditEntry) => e.deviceName ?? '',
    },
    {
      title: t('audit.status'),
      key: 'status',
      render: (_: unknown, e: AuditEntry) =>
        e.status === 'applied' ? (
          <Tag color="#237804">{t('audit.applied')}</Tag>
        ) : (
          <Tag color="#a8071a">{t('audit.rejected')}</Tag>
        ),
    },
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          aria-label={t('audit.filterMember')}
          style={{ minWidth: 200 }}
          value={staffId ?? ''}
          onChange={(value: string) => setStaffId(value || undefined)}
          options={[
            { value: '', label: t('audit.allMembers') },
            ...(members ?? []).map((member) => ({ value: member.id, label: member.name })),
          ]}
        />
        <Button onClick={() => setReloads((count) => count + 1)}>{t('audit.refresh')}</Button>
        <Button
          disabled={!entries || entries.length === 0}
          onClick={() =>
            entries &&
            void downloadAuditCsv(entries, {
              fileName: `${t('audit.csvFile')}.csv`,
              language: i18n.language,
              t,
              what,
            })
          }
        >
          {t('audit.export')}
        </Button>
      </Space>
      {failed && <Alert type="warning" showIcon title={t('audit.failed')} />}
      <Table<AuditEntry>
        aria-label={t('page.tabs.audit')}
        rowKey="mutationId"
        loading={entries === null && !failed && engine !== null}
        dataSource={entries ?? []}
        columns={columns}
        pagination={false}
        locale={{ emptyText: <Typography.Text>{t('audit.empty')}</Typography.Text> }}
      />
      {nextBefore !== null && (
        <Button onClick={() => void loadMore(nextBefore)}>{t('audit.loadMore')}</Button>
      )}
    </Space>
  );
}
