import { useState } from 'react';
import { App, Badge, Button, Flex, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ShopClock } from '@domain/menu/shop-clock';
import { formatFen } from '@domain/money';
import { canChangeStatus, offerDisplayStatus } from '@domain/offers/offer-terms';
import type { Offer, OfferStatus } from '@domain/offers/schema';
import { ItemThumb } from '../menu/items/ItemThumb';
import { useRun } from '../menu/use-run';
import { useNow } from '../time/use-now';
import { useActiveVendor } from '../vendors/use-vendor';
import { changeOfferStatus, copyOffer } from './offer-actions';
import { OfferEditor } from './OfferEditor';
import { useOffers, useSoldCounts } from './use-offers';

/** A dot's colour by status; the words beside it stay in the text colour, readable on any row. */
const statusDot: Record<string, 'success' | 'warning' | 'error' | 'processing'> = {
  onSale: 'success',
  paused: 'warning',
  soldOut: 'error',
  scheduled: 'processing',
};

/** The steps the list offers for an offer, in its order. */
const steps: ReadonlyArray<{ to: OfferStatus; label: (from: OfferStatus) => string }> = [
  { to: 'onSale', label: (from) => (from === 'paused' ? 'list.resume' : 'list.putOnSale') },
  { to: 'paused', label: () => 'list.pause' },
  { to: 'ended', label: () => 'list.end' },
];

/** 团购列表: every offer with its cover photo, price, group, sold count and status, and what can be done. */
export function OffersList({ clock }: { clock: ShopClock }) {
  const { t, i18n } = useTranslation('offers');
  const { db } = useActiveVendor();
  const { modal, message } = App.useApp();
  const run = useRun();
  const now = useNow();
  const offers = useOffers();
  const sold = useSoldCounts();
  const [editing, setEditing] = useState<Offer | 'new' | null>(null);
  const english = i18n.language.startsWith('en');
  const titleOf = (offer: Offer) => (english && offer.title.en) || offer.title.zh;
  const money = (fen: number) => formatFen(fen, { locale: i18n.language });

  const step = (offer: Offer, to: OfferStatus) => {
    const go = () => void run(() => changeOfferStatus(db, offer, to));
    if (to === 'ended' || (to === 'onSale' && offer.firstOnSaleAt === null)) {
      modal.confirm({
        title: t(to === 'ended' ? 'list.endConfirm' : 'list.putOnSaleConfirm', {
          title: titleOf(offer),
        }),
        okText: t(to === 'ended' ? 'list.end' : 'list.putOnSale'),
        cancelText: t('common:actions.cancel'),
        okButtonProps: { danger: to === 'ended' },
        onOk: go,
      });
    } else go();
  };
  const copy = (offer: Offer) =>
    void run(async () => {
      const draft = await copyOffer(db, offer);
      message.success(t('list.copied'));
      setEditing(draft);
    });

  return (
    <>
      <Flex justify="end" style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('list.add')}
        </Button>
      </Flex>
      <Table<Offer>
        rowKey="id"
        pagination={false}
        loading={!offers}
        dataSource={offers ?? []}
        aria-label={t('list.caption')}
        locale={{ emptyText: <Typography.Text>{t('list.empty')}</Typography.Text> }}
        columns={[
          {
            title: t('list.columns.title'),
            render: (_, offer) => (
              <Flex gap={8} align="center">
                <ItemThumb photoId={offer.photoHashes[0]} size={36} />
                {titleOf(offer)}
              </Flex>
            ),
          },
          {
            title: t('list.columns.price'),
            render: (_, offer) => (
              <Space size={6}>
                <span>{money(offer.priceFen)}</span>
                {offer.originalPriceFen > offer.priceFen && (
                  <Typography.Text delete type="secondary">
                    {money(offer.originalPriceFen)}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          {
            title: t('list.columns.group'),
            render: (_, offer) =>
              offer.groupSize > 1 ? t('list.groupOf', { count: offer.groupSize }) : t('list.plain'),
          },
          {
            title: t('list.columns.sold'),
            render: (_, offer) => sold?.get(offer.id) ?? 0,
          },
          {
            title: t('list.columns.status'),
            render: (_, offer) => {
              const status = offerDisplayStatus(offer, sold?.get(offer.id) ?? 0, now);
              return (
                <Badge status={statusDot[status] ?? 'default'} text={t(`statusTag.${status}`)} />
              );
            },
          },
          {
            title: t('list.columns.actions'),
            render: (_, offer) => (
              <Space size={4} wrap>
                {offer.status !== 'ended' && (
                  <Button
                    size="small"
                    onClick={() => setEditing(offer)}
                    aria-label={t('list.actionNamed', {
                      action: t('list.edit'),
                      title: titleOf(offer),
                    })}
                  >
                    {t('list.edit')}
                  </Button>
                )}
                {steps
                  .filter(({ to }) => canChangeStatus(offer.status, to))
                  .map(({ to, label }) => (
                    <Button
                      key={to}
                      size="small"
                      danger={to === 'ended'}
                      onClick={() => step(offer, to)}
                      aria-label={t('list.actionNamed', {
                        action: t(label(offer.status)),
                        title: titleOf(offer),
                      })}
                    >
                      {t(label(offer.status))}
                    </Button>
                  ))}
                <Button
                  size="small"
                  onClick={() => copy(offer)}
                  aria-label={t('list.actionNamed', {
                    action: t('list.copy'),
                    title: titleOf(offer),
                  })}
                >
                  {t('list.copy')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <OfferEditor
          key={editing === 'new' ? 'new' : editing.id}
          offer={editing === 'new' ? null : editing}
          clock={clock}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
