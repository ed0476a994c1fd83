/**
 * The versions tab: the history of published versions (number, how it came to be, who, when in
 * the shop's zone, the note, which is live), a side-by-side diff of any two of them or of one
 * and the current draft, rollback of any older version, and the shop's address.
 */
import { useMemo, useState } from 'react';
import { Button, Card, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StorefrontDocument, StorefrontVersion } from '@domain/storefront/schema';
import { useVersions } from '../use-storefront';
import { PublishDialog } from './PublishDialog';
import { SiteCard } from './SiteCard';
import { VersionDiff } from './VersionDiff';
import { liveVersionOf, pendingRequests } from './publish-actions';
import { formatShopTime } from './shop-time';
import { useShopZone } from '../../vendors/use-vendor';
import { useDraftDocument, usePublishRequests } from './use-publishing';
import { tagProps } from './tag-colours';

/** A side of the comparison: the draft, or a version by its number. */
type Side = 'draft' | number;

function defaultSides(versions: readonly StorefrontVersion[]): [Side, Side] {
  if (versions.length >= 2) return [versions[1]!.number, versions[0]!.number];
  if (versions.length === 1) return [versions[0]!.number, 'draft'];
  return ['draft', 'draft'];
}

export function VersionsTab() {
  const { t, i18n } = useTranslation('storefront');
  const versions = useVersions();
  const requests = usePublishRequests();
  const draft = useDraftDocument();
  const timeZone = useShopZone();
  const [sides, setSides] = useState<[Side | null, Side | null]>([null, null]);
  const [rollback, setRollback] = useState<StorefrontVersion | null>(null);

  const live = useMemo(() => liveVersionOf(versions), [versions]);
  const waiting = versions && requests ? pendingRequests(requests, versions) : [];
  const fallback = defaultSides(versions ?? []);
  const left = sides[0] ?? fallback[0];
  const right = sides[1] ?? fallback[1];

  const nameOf = (side: Side) =>
    side === 'draft' ? t('versions.diff.draft') : t('versions.diff.version', { number: side });
  const documentOf = (side: Side): StorefrontDocument | undefined =>
    side === 'draft' ? draft : versions?.find((version) => version.number === side)?.document;
  const options = [
    { value: 'draft' as Side, label: t('versions.diff.draft') },
    ...(versions ?? []).map((version) => ({
      value: version.number as Side,
      label: t('versions.diff.version', { number: version.number }),
    })),
  ];
  const leftDocument = documentOf(left);
  const rightDocument = documentOf(right);

  const compare = (version: StorefrontVersion) =>
    setSides([version.number, live && live.number !== version.number ? live.number : 'draft']);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('versions.history.title')} size="small">
        {waiting.length > 0 && (
          <Space wrap style={{ marginBottom: 8 }}>
            <Tag {...tagProps('blue')}>{t('versions.history.pendingRequest')}</Tag>
            {waiting.map((request) => (
              <Typography.Text key={request.id} type="secondary">
                {formatShopTime(request.at, timeZone, i18n.language)}
                {request.note ? ` · ${request.note}` : ''}
              </Typography.Text>
            ))}
          </Space>
        )}
        {versions && versions.length === 0 ? (
          <Empty description={t('versions.history.empty')} />
        ) : (
          <Table<StorefrontVersion>
            aria-label={t('versions.history.tableLabel')}
            size="small"
            rowKey="id"
            loading={!versions}
            pagination={versions && versions.length > 20 ? { pageSize: 20 } : false}
            dataSource={versions ?? []}
            columns={[
              {
                key: 'number',
                title: t('versions.history.number'),
                render: (_, version) => (
                  <Space size={4}>
                    <Typography.Text strong>
                      {t('versions.history.numberValue', { number: version.number })}
                    </Typography.Text>
                    {live?.id === version.id && (
                      <Tag {...tagProps('green')}>{t('versions.history.live')}</Tag>
                    )}
                  </Space>
                ),
              },
              {
                key: 'kind',
                title: t('versions.history.kind'),
                render: (_, version) => (
                  <Space size={4} wrap>
                    <Tag>{t(`versions.history.kinds.${version.kind}`)}</Tag>
                    {version.rollbackOf !== null && (
                      <Typography.Text type="secondary">
                        {t('versions.history.rollbackOf', { number: version.rollbackOf })}
                      </Typography.Text>
                    )}
                  </Space>
                ),
              },
              {
                key: 'who',
                title: t('versions.history.who'),
                render: (_, version) =>
                  version.publishedBy ??
                  (version.kind === 'scheduled'
                    ? t('versions.history.bySchedule')
                    : t('versions.history.unknownWho')),
              },
              {
                key: 'when',
                title: t('versions.history.when'),
                render: (_, version) =>
                  formatShopTime(version.publishedAt, timeZone, i18n.language),
              },
              {
                key: 'note',
                title: t('versions.history.note'),
                render: (_, version) => version.note || t('versions.history.noNote'),
              },
              {
                key: 'actions',
                title: t('versions.history.actions'),
                render: (_, version) => (
                  <Space wrap>
                    <Button
                      size="small"
                      aria-label={t('versions.history.selectNamed', { number: version.number })}
                      onClick={() => compare(version)}
                    >
                      {t('versions.history.select')}
                    </Button>
                    {live?.id === version.id ? (
                      <Typography.Text type="secondary">
                        {t('versions.history.isLive')}
                      </Typography.Text>
                    ) : (
                      <Button
                        size="small"
                        aria-label={t('versions.history.rollbackNamed', { number: version.number })}
                        onClick={() => setRollback(version)}
                      >
                        {t('versions.history.rollback')}
                      </Button>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>

      <Card title={t('versions.diff.title')} size="small">
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('versions.diff.pick')}</Typography.Text>
          <Space wrap>
            <Select<Side>
              aria-label={t('versions.diff.left')}
              style={{ minWidth: 160 }}
              value={left}
              options={options}
              onChange={(value) => setSides([value, right])}
            />
            <span aria-hidden>→</span>
            <Select<Side>
              aria-label={t('versions.diff.right')}
              style={{ minWidth: 160 }}
              value={right}
              options={options}
              onChange={(value) => setSides([left, value])}
            />
          </Space>
          {leftDocument && rightDocument && (
            <VersionDiff
              left={leftDocument}
              right={rightDocument}
              leftName={nameOf(left)}
              rightName={nameOf(right)}
            />
          )}
        </Space>
      </Card>

      <SiteCard />

      {rollback && (
        <PublishDialog
          open
          onClose={() => setRollback(null)}
          document={rollback.document}
          live={live}
          rollbackOf={rollback}
        />
      )}
    </Space>
  );
}
