/**
 * The shop's and each staff member's calendar link, online: make one, or a new one (the old
 * stops working); the link is shown once, when made, with a copy button, since the platform
 * keeps only its hash.
 */
import { useEffect, useState } from 'react';
import { Alert, App, Button, Input, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDeviceTime } from '../../../i18n/format-time';
import { useActiveVendor } from '../../../vendors/use-vendor';
import { listFeeds, rotateFeed, type FeedInfo, type PlatformAccess } from './feeds-api';
import { useStaffResources } from './use-calendars';

interface Row {
  scope: string;
  name: string;
}

export function Feeds({ access }: { access: PlatformAccess | null }) {
  const { t, i18n } = useTranslation('bookings');
  const { vendorId } = useActiveVendor();
  const { modal, message } = App.useApp();
  const staff = useStaffResources() ?? [];
  const [feeds, setFeeds] = useState<Map<string, FeedInfo>>(new Map());
  const [shown, setShown] = useState<Map<string, string>>(new Map());
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!access) return;
    let cancelled = false;
    listFeeds(access, vendorId).then(
      (list) => {
        if (cancelled) return;
        setFeeds(new Map(list.map((feed) => [feed.scope, feed])));
        setFailed(false);
      },
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [access, vendorId]);

  if (!access) return <Alert type="info" showIcon title={t('ical.feeds.offline')} />;

  const rows: Row[] = [
    { scope: 'shop', name: t('ical.feeds.shop') },
    ...staff.map((member) => ({
      scope: member.id,
      name: t('ical.feeds.staff', { name: member.name }),
    })),
  ];
  const make = async (row: Row) => {
    try {
      const made = await rotateFeed(access, vendorId, row.scope);
      setFeeds((before) => new Map(before).set(row.scope, made));
      setShown((before) => new Map(before).set(row.scope, made.url));
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  const onMake = (row: Row) => {
    if (!feeds.has(row.scope)) return void make(row);
    modal.confirm({ title: t('ical.feeds.rotateConfirm'), onOk: () => make(row) });
  };
  const copy = async (url: string) => {
    await navigator.clipboard.writeText(url);
    void message.success(t('ical.feeds.copied'));
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">{t('ical.feeds.help')}</Typography.Paragraph>
      {failed && <Alert type="error" showIcon role="alert" title={t('ical.feeds.failed')} />}
      <Table<Row>
        aria-label={t('ical.feeds.title')}
        size="small"
        rowKey="scope"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('ical.closedDays.label'), dataIndex: 'name', key: 'name' },
          {
            title: t('ical.feeds.linkColumn'),
            key: 'link',
            render: (_, row) => {
              const url = shown.get(row.scope);
              const feed = feeds.get(row.scope);
              if (url) {
                return (
                  <Space.Compact style={{ width: '100%' }}>
                    <Input
                      readOnly
                      value={url}
                      aria-label={t('ical.feeds.link', { name: row.name })}
                    />
                    <Button onClick={() => void copy(url)}>{t('ical.feeds.copy')}</Button>
                  </Space.Compact>
                );
              }
              return feed
                ? t('ical.feeds.made', { when: formatDeviceTime(feed.rotatedAt, i18n.language) })
                : t('ical.feeds.none');
            },
          },
          {
            title: t('ical.actions'),
            key: 'actions',
            render: (_, row) => (
              <Button size="small" onClick={() => onMake(row)}>
                {feeds.has(row.scope) ? t('ical.feeds.rotate') : t('ical.feeds.make')}
              </Button>
            ),
          },
        ]}
      />
    </Space>
  );
}
