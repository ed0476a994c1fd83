import { useState } from 'react';
import { Button, Card, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../desk/EmptyNote';
import type { Resource, Service } from '@domain/bookings/schema';
import { useRun } from '../../menu/use-run';
import { useActiveVendor } from '../../vendors/use-vendor';
import { ResourceDialog } from './ResourceDialog';
import { saveResource } from './setup-actions';

/** Tables, rooms, staff and equipment: list, add, edit, archive (history stays). */
export function ResourcesCard({
  resources,
  services,
}: {
  resources: Resource[];
  services: Service[];
}) {
  const { t } = useTranslation('bookings');
  const { db } = useActiveVendor();
  const run = useRun();
  const [editing, setEditing] = useState<Resource | 'new' | null>(null);
  const nextSort = Math.min(100_000, Math.max(0, ...resources.map((row) => row.sort)) + 10);
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('setup.resources.title')}</h2>}
      extra={
        <Button type="primary" onClick={() => setEditing('new')}>
          {t('setup.resources.add')}
        </Button>
      }
    >
      <Table<Resource>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={resources}
        locale={{ emptyText: <EmptyNote>{t('setup.resources.empty')}</EmptyNote> }}
        rowClassName={(row) => (row.archived ? 'archived' : '')}
        columns={[
          { title: t('setup.resources.name'), dataIndex: 'name' },
          {
            title: t('setup.resources.kind'),
            render: (_, row) => t(`setup.resources.kinds.${row.kind}`),
          },
          { title: t('setup.resources.area'), dataIndex: 'area' },
          {
            title: t('setup.resources.seats'),
            render: (_, row) =>
              row.kind === 'table' || row.kind === 'room' ? `${row.minParty}–${row.maxParty}` : '',
          },
          {
            title: t('setup.resources.state'),
            render: (_, row) => (
              <Space size={4} wrap>
                {row.combinable && <Tag color="blue">{t('setup.resources.combinableTag')}</Tag>}
                {row.workingHours && <Tag>{t('setup.resources.ownHoursTag')}</Tag>}
                {row.archived && <Tag>{t('setup.archived')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('setup.actions'),
            render: (_, row) => (
              <Space size={4}>
                <Button
                  size="small"
                  onClick={() => setEditing(row)}
                  aria-label={t('setup.editNamed', { name: row.name })}
                >
                  {t('setup.edit')}
                </Button>
                <Button
                  size="small"
                  onClick={() =>
                    void run(() => saveResource(db, { ...row, archived: !row.archived }))
                  }
                  aria-label={t(row.archived ? 'setup.restoreNamed' : 'setup.archiveNamed', {
                    name: row.name,
                  })}
                >
                  {row.archived ? t('setup.restore') : t('setup.archive')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <ResourceDialog
          resource={editing === 'new' ? null : editing}
          services={services}
          nextSort={nextSort}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
