/**
 * The publish bar above the editor: which version is live, whether the draft differs from it, a
 * publish that still waits for the platform to number it, Publish and Schedule, and the pending
 * schedules with a cancel each.
 */
import { useMemo, useState } from 'react';
import { Alert, App, Button, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { diffDocuments } from '@domain/storefront/diff';
import { useActiveVendor } from '../../vendors/use-vendor';
import { useSchedules, useVersions } from '../use-storefront';
import { PublishDialog, storeErrorKey } from './PublishDialog';
import { ScheduleDialog } from './ScheduleDialog';
import { cancelScheduled, liveVersionOf, pendingRequests } from './publish-actions';
import { formatShopTime } from './shop-time';
import { useShopZone } from '../../vendors/use-vendor';
import { useDraftDocument, usePublishRequests } from './use-publishing';
import { tagProps } from './tag-colours';

function PendingSchedules({ timeZone }: { timeZone: string }) {
  const { t, i18n } = useTranslation('storefront');
  const { db } = useActiveVendor();
  const { message } = App.useApp();
  const schedules = useSchedules()?.filter((schedule) => schedule.status === 'pending');
  if (!schedules || schedules.length === 0) return null;
  const cancel = async (id: string) => {
    try {
      await cancelScheduled(db, id);
      void message.success(t('versions.schedule.cancelled'));
    } catch (error) {
      void message.error(t(storeErrorKey(error)));
    }
  };
  return (
    <section aria-label={t('versions.schedule.pendingTitle')}>
      <Typography.Text strong>{t('versions.schedule.pendingTitle')}</Typography.Text>
      <List
        size="small"
        dataSource={schedules}
        renderItem={(schedule) => {
          const when = formatShopTime(schedule.publishAt, timeZone, i18n.language);
          return (
            <List.Item
              actions={[
                <Popconfirm
                  key="cancel"
                  title={t('versions.schedule.cancelConfirm')}
                  okText={t('versions.schedule.cancel')}
                  cancelText={t('versions.schedule.keep')}
                  onConfirm={() => cancel(schedule.id)}
                >
                  <Button size="small" aria-label={t('versions.schedule.cancelNamed', { when })}>
                    {t('versions.schedule.cancel')}
                  </Button>
                </Popconfirm>,
              ]}
            >
              <Space wrap>
                <Typography.Text>
                  {t('versions.schedule.at')}: {when}
                </Typography.Text>
                {schedule.note && (
                  <Typography.Text type="secondary">{schedule.note}</Typography.Text>
                )}
              </Space>
            </List.Item>
          );
        }}
      />
    </section>
  );
}

export function PublishBar() {
  const { t } = useTranslation('storefront');
  const versions = useVersions();
  const requests = usePublishRequests();
  const draft = useDraftDocument();
  const timeZone = useShopZone();
  const [dialog, setDialog] = useState<'publish' | 'schedule' | null>(null);

  const live = useMemo(() => liveVersionOf(versions), [versions]);
  const same = useMemo(
    () => (live && draft ? diffDocuments(live.document, draft).same : false),
    [live, draft],
  );
  const waiting = versions && requests ? pendingRequests(requests, versions) : [];

  if (!versions || !draft) {
    return (
      <section aria-label={t('versions.bar.label')}>
        <Typography.Text type="secondary">{t('versions.bar.loading')}</Typography.Text>
      </section>
    );
  }

  return (
    <section aria-label={t('versions.bar.label')}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap align="center" style={{ justifyContent: 'space-between', width: '100%' }}>
          <Space wrap align="center">
            <Typography.Text strong>
              {live ? t('versions.bar.live', { number: live.number }) : t('versions.bar.noLive')}
            </Typography.Text>
            <Tag {...tagProps(same ? 'green' : 'orange')}>
              {same
                ? t('versions.bar.draftSame')
                : live
                  ? t('versions.bar.draftDiffers')
                  : t('versions.bar.draftNew')}
            </Tag>
          </Space>
          <Space wrap>
            <Button type="primary" onClick={() => setDialog('publish')}>
              {t('versions.bar.publish')}
            </Button>
            <Button onClick={() => setDialog('schedule')}>{t('versions.bar.schedule')}</Button>
          </Space>
        </Space>
        {waiting.length > 0 && (
          <Alert
            type="info"
            showIcon
            role="status"
            title={t('versions.bar.waiting')}
            description={t('versions.bar.waitingHelp')}
          />
        )}
        <PendingSchedules timeZone={timeZone} />
      </Space>
      <PublishDialog
        open={dialog === 'publish'}
        onClose={() => setDialog(null)}
        document={draft}
        live={live}
        sameAsLive={same}
      />
      <ScheduleDialog
        open={dialog === 'schedule'}
        onClose={() => setDialog(null)}
        document={draft}
        timeZone={timeZone}
      />
    </section>
  );
}
