/**
 * The properties of the chosen block: an Ant Design form of its type's fields (schema.ts's
 * blockFieldSchemas), the shop's own categories, items, offers and services to pick from, photos
 * for a banner or a gallery, and when the block shows. Every change goes to `onEdit` with only
 * the fields it changed.
 */
import { useState } from 'react';
import {
  Alert,
  Checkbox,
  Divider,
  Form,
  InputNumber,
  Radio,
  Select,
  Switch,
  Typography,
  Input,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { Category, Daypart, MenuItem } from '@domain/menu/schema';
import type { Offer } from '@domain/offers/schema';
import type { Service } from '@domain/bookings/schema';
import {
  MAX_GALLERY_PHOTOS,
  emptyText,
  type BlockOf,
  type DraftBlock,
  type Visibility,
} from '@domain/storefront/schema';
import { useLocalName } from '../../menu/display';
import { BlockPhotos } from './BlockPhotos';
import { TextPair } from './TextPair';

export interface ShopChoices {
  categories: readonly Category[];
  items: readonly MenuItem[];
  offers: readonly Offer[];
  services: readonly Service[];
  dayparts: readonly Daypart[];
}

type Edit = (fields: Record<string, unknown>) => void;

function SwitchField({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (value: boolean) => void;
}) {
  return (
    <Form.Item label={label} htmlFor={id} style={{ marginBottom: 8 }}>
      <Switch id={id} checked={checked} onChange={onChange} />
    </Form.Item>
  );
}

function IdsField({
  id,
  label,
  extra,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  extra: string;
  value: readonly string[];
  options: { value: string; label: string }[];
  onChange: (ids: string[]) => void;
}) {
  return (
    <Form.Item label={label} htmlFor={id} extra={extra} style={{ marginBottom: 8 }}>
      <Select
        id={id}
        mode="multiple"
        allowClear
        value={[...value]}
        options={options}
        optionFilterProp="label"
        onChange={onChange}
      />
    </Form.Item>
  );
}

function LimitField({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: number;
  onChange: (n: number) => void;
}) {
  const [local, setLocal] = useState<number | null>(value);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setLocal(value);
  }
  const commit = () => {
    if (local !== null && local !== value) onChange(local);
    else setLocal(value);
  };
  return (
    <Form.Item label={label} htmlFor={id} style={{ marginBottom: 8 }}>
      <InputNumber
        id={id}
        min={1}
        max={30}
        precision={0}
        value={local}
        onChange={(n) => setLocal(typeof n === 'number' ? n : null)}
        onBlur={commit}
        onPressEnter={commit}
      />
    </Form.Item>
  );
}

function TypeFields({
  block,
  choices,
  blocks,
  names,
  onEdit,
}: {
  block: DraftBlock;
  choices: ShopChoices;
  blocks: readonly DraftBlock[];
  names: ReadonlyMap<string, string>;
  onEdit: Edit;
}) {
  const { t } = useTranslation('storefront');
  const localName = useLocalName();
  const id = (field: string) => `sf-${block.id}-${field}`;
  const title = (value: { zh: string; en: string }) => (
    <TextPair
      id={id('title')}
      label={t('editor.fields.title')}
      value={value}
      onChange={(title) => onEdit({ title })}
    />
  );
  switch (block.type) {
    case 'header':
      return (
        <>
          <Typography.Paragraph type="secondary">
            {t('editor.fields.headerHelp')}
          </Typography.Paragraph>
          <SwitchField
            id={id('hours')}
            label={t('editor.fields.showHours')}
            checked={block.showHours}
            onChange={(showHours) => onEdit({ showHours })}
          />
          <SwitchField
            id={id('address')}
            label={t('editor.fields.showAddress')}
            checked={block.showAddress}
            onChange={(showAddress) => onEdit({ showAddress })}
          />
          <SwitchField
            id={id('phone')}
            label={t('editor.fields.showPhone')}
            checked={block.showPhone}
            onChange={(showPhone) => onEdit({ showPhone })}
          />
        </>
      );
    case 'notice':
      return (
        <>
          <TextPair
            id={id('text')}
            label={t('editor.fields.noticeText')}
            multiline
            value={block.text}
            onChange={(text) => onEdit({ text })}
          />
          <Form.Item label={t('editor.fields.tone')} style={{ marginBottom: 8 }}>
            <Radio.Group
              aria-label={t('editor.fields.tone')}
              value={block.tone}
              onChange={(event) => onEdit({ tone: event.target.value })}
              options={[
                { value: 'info', label: t('editor.fields.tones.info') },
                { value: 'warning', label: t('editor.fields.tones.warning') },
              ]}
            />
          </Form.Item>
        </>
      );
    case 'menu':
      return (
        <>
          {title(block.title)}
          <IdsField
            id={id('categories')}
            label={t('editor.fields.categories')}
            extra={t('editor.fields.menuHelp')}
            value={block.categoryIds}
            options={choices.categories.map((c) => ({ value: c.id, label: localName(c.name) }))}
            onChange={(categoryIds) => onEdit({ categoryIds })}
          />
          <IdsField
            id={id('items')}
            label={t('editor.fields.items')}
            extra={t('editor.fields.itemsHelp')}
            value={block.itemIds}
            options={choices.items.map((item) => ({ value: item.id, label: localName(item.name) }))}
            onChange={(itemIds) => onEdit({ itemIds })}
          />
          <SwitchField
            id={id('photos')}
            label={t('editor.fields.showPhotos')}
            checked={block.showPhotos}
            onChange={(showPhotos) => onEdit({ showPhotos })}
          />
        </>
      );
    case 'offers':
      return (
        <>
          {title(block.title)}
          <IdsField
            id={id('offers')}
            label={t('editor.fields.offers')}
            extra={t('editor.fields.offersHelp')}
            value={block.offerIds}
            options={choices.offers
              .filter((o) => o.kind === 'deal')
              .map((o) => ({ value: o.id, label: localName(o.title) }))}
            onChange={(offerIds) => onEdit({ offerIds })}
          />
          <LimitField
            id={id('limit')}
            label={t('editor.fields.limit')}
            value={block.limit}
            onChange={(limit) => onEdit({ limit })}
          />
        </>
      );
    case 'booking':
      return (
        <>
          {title(block.title)}
          <IdsField
            id={id('services')}
            label={t('editor.fields.services')}
            extra={t('editor.fields.servicesHelp')}
            value={block.serviceIds}
            options={choices.services
              .filter((s) => !s.archived)
              .map((s) => ({ value: s.id, label: localName(s.name) }))}
            onChange={(serviceIds) => onEdit({ serviceIds })}
          />
        </>
      );
    case 'gallery':
      return <GalleryFields block={block} onEdit={onEdit} titleField={title(block.title)} />;
    case 'text':
      return (
        <>
          <TextPair
            id={id('body')}
            label={t('editor.fields.body')}
            multiline
            value={block.body}
            onChange={(body) => onEdit({ body })}
          />
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('editor.fields.bodyHelp')}
          </Typography.Paragraph>
        </>
      );
    case 'banner':
      return (
        <>
          <BlockPhotos
            ownerId={block.id}
            label={t('editor.fields.bannerImage')}
            extra={t('editor.fields.bannerImageHelp')}
            hashes={block.image ? [block.image] : []}
            max={1}
            onChange={(hashes) => onEdit({ image: hashes[0] ?? null })}
          />
          <TextPair
            id={id('headline')}
            label={t('editor.fields.headline')}
            value={block.headline}
            onChange={(headline) => onEdit({ headline })}
          />
          <TextPair
            id={id('alt')}
            label={t('editor.fields.alt')}
            value={block.alt}
            onChange={(alt) => onEdit({ alt })}
          />
          <Form.Item
            label={t('editor.fields.target')}
            htmlFor={id('target')}
            extra={t('editor.fields.targetHelp')}
            style={{ marginBottom: 8 }}
          >
            <Select
              id={id('target')}
              allowClear
              value={block.target ?? undefined}
              onChange={(target?: string) => onEdit({ target: target ?? null })}
              options={blocks
                .filter((b) => b.id !== block.id)
                .map((b) => ({ value: b.id, label: names.get(b.id) ?? b.type }))}
            />
          </Form.Item>
        </>
      );
  }
}

function GalleryFields({
  block,
  onEdit,
  titleField,
}: {
  block: BlockOf<'gallery'>;
  onEdit: Edit;
  titleField: React.ReactNode;
}) {
  const { t } = useTranslation('storefront');
  const captionOf = new Map(block.photos.map((photo) => [photo.hash, photo.caption]));
  return (
    <>
      {titleField}
      <BlockPhotos
        ownerId={block.id}
        label={t('editor.fields.galleryPhotos')}
        extra={t('editor.fields.galleryHelp', { max: MAX_GALLERY_PHOTOS })}
        hashes={block.photos.map((photo) => photo.hash)}
        max={MAX_GALLERY_PHOTOS}
        reorder
        onChange={(hashes) =>
          onEdit({
            photos: hashes.map((hash) => ({ hash, caption: captionOf.get(hash) ?? emptyText() })),
          })
        }
      />
      {block.photos.map((photo, index) => (
        <TextPair
          key={photo.hash}
          id={`sf-${block.id}-caption-${index}`}
          label={t('editor.fields.caption', { n: index + 1 })}
          value={photo.caption}
          onChange={(caption) =>
            onEdit({
              photos: block.photos.map((each) =>
                each.hash === photo.hash ? { ...each, caption } : each,
              ),
            })
          }
        />
      ))}
    </>
  );
}

function DateField({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string | null;
  onChange: (date: string | null) => void;
}) {
  return (
    <Form.Item label={label} htmlFor={id} style={{ marginBottom: 8, flex: 1 }}>
      <Input
        id={id}
        type="date"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
      />
    </Form.Item>
  );
}

export function VisibilityFields({
  block,
  dayparts,
  onEdit,
}: {
  block: DraftBlock;
  dayparts: readonly Daypart[];
  onEdit: Edit;
}) {
  const { t } = useTranslation('storefront');
  const localName = useLocalName();
  const visibility = block.visibility;
  const set = (change: Partial<Visibility>) => onEdit({ visibility: { ...visibility, ...change } });
  const id = (field: string) => `sf-${block.id}-visibility-${field}`;
  return (
    <section aria-labelledby={id('title')}>
      <Divider />
      <Typography.Title level={3} id={id('title')} style={{ fontSize: 14 }}>
        {t('editor.visibility.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('editor.visibility.help')}
      </Typography.Paragraph>
      <Form.Item
        label={t('editor.visibility.dayparts')}
        style={{ marginBottom: 8 }}
        extra={
          dayparts.length === 0
            ? t('editor.visibility.noDayparts')
            : t('editor.visibility.daypartsHelp')
        }
      >
        <Checkbox.Group
          aria-label={t('editor.visibility.dayparts')}
          value={visibility.dayparts}
          onChange={(ids) =>
            set({ dayparts: dayparts.map((d) => d.id).filter((each) => ids.includes(each)) })
          }
          options={dayparts.map((d) => ({ value: d.id, label: localName(d.name) }))}
        />
      </Form.Item>
      <Form.Item label={t('editor.visibility.daysLabel')} style={{ marginBottom: 8 }}>
        <Radio.Group
          aria-label={t('editor.visibility.daysLabel')}
          value={visibility.days}
          onChange={(event) => set({ days: event.target.value })}
          options={(['all', 'weekdays', 'weekends'] as const).map((days) => ({
            value: days,
            label: t(`editor.visibility.days.${days}`),
          }))}
        />
      </Form.Item>
      <div style={{ display: 'flex', gap: 8 }}>
        <DateField
          id={id('from')}
          label={t('editor.visibility.from')}
          value={visibility.from}
          onChange={(from) => set({ from })}
        />
        <DateField
          id={id('until')}
          label={t('editor.visibility.until')}
          value={visibility.until}
          onChange={(until) => set({ until })}
        />
      </div>
      {visibility.from && visibility.until && visibility.from > visibility.until && (
        <Alert type="warning" showIcon title={t('editor.visibility.backwards')} />
      )}
    </section>
  );
}

export function BlockProperties(props: {
  block: DraftBlock;
  choices: ShopChoices;
  blocks: readonly DraftBlock[];
  names: ReadonlyMap<string, string>;
  onEdit: Edit;
}) {
  return (
    <Form layout="vertical" component="div">
      <TypeFields {...props} />
      <VisibilityFields
        block={props.block}
        dayparts={props.choices.dayparts}
        onEdit={props.onEdit}
      />
    </Form>
  );
}
