import { useState } from 'react';
import { Button, Card, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../desk/EmptyNote';
import type { Resource, Service } from '@domain/bookings/schema';
import { formatFen } from '@domain/money';
import { useRun } from '../../menu/use-run';
import { useActiveVendor } from '../../vendors/use-vendor';
import { saveService } from './setup-actions';
import { ServiceDialog } from './ServiceDialog';

/** The services an appointment shop books: list, add, edit, archive. */
export function ServicesCard({
  services,
  resources,
}: {
  services: Service[];
  resources: Resource[];
}) {
  const { t, i18n } = useTranslation('bookings');
  const { db } = useActiveVendor();
  const run = useRun();
  const [editing, setEditing] = useState<Service | 'new' | null>(null);
  const english = i18n.language.startsWith('en');
  const nameOf = (service: Service) => (english && service.name.en) || service.name.zh;
  const nextSort = Math.min(100_000, Math.max(0, ...services.map((row) => row.sort)) + 10);
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('setup.services.title')}</h2>}
      extra={<Button onClick={() => setEditing('new')}>{t('setup.services.add')}</Button>}
    >
      <Table<Service>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={services}
        locale={{ emptyText: <EmptyNote>{t('setup.services.empty')}</EmptyNote> }}
        columns={[
          { title: t('setup.services.name'), render: (_, row) => nameOf(row) },
          {
            title: t('setup.services.duration'),
            render: (_, row) => t('setup.minutesCount', { count: row.durationMin }),
          },
          {
            title: t('setup.services.price'),
            render: (_, row) => formatFen(row.priceFen, { locale: i18n.language }),
          },
          {
            title: t('setup.services.capacity'),
            dataIndex: 'capacity',
          },
          {
            title: t('setup.resources.state'),
            render: (_, row) => (row.archived ? <Tag>{t('setup.archived')}</Tag> : null),
          },
          {
            title: t('setup.actions'),
            render: (_, row) => (
              <Space size={4}>
                <Button
                  size="small"
                  onClick={() => setEditing(row)}
                  aria-label={t('setup.editNamed', { name: nameOf(row) })}
                >
                  {t('setup.edit')}
                </Button>
                <Button
                  size="small"
                  onClick={() =>
                    void run(() => saveService(db, { ...row, archived: !row.archived }))
                  }
                  aria-label={t(row.archived ? 'setup.restoreNamed' : 'setup.archiveNamed', {
                    name: nameOf(row),
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
        <ServiceDialog
          service={editing === 'new' ? null : editing}
          resources={resources}
          nextSort={nextSort}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
