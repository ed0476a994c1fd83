/**
 * The editor's live preview: the card the customer will see, built from what is typed so far
 * (an amount not yet money shows no price), in a phone-wide frame, in either language whatever
 * the console's own, with the cover photo the editor holds.
 */
import { useMemo, useState } from 'react';
import { Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Daypart, LocalizedName, MenuItem } from '@domain/menu/schema';
import { parseYuanToFen } from '@domain/money';
import { usePhotoUrl } from '../../menu/photos/use-photo-url';
import type { OfferValues } from '../offer-values';
import { OfferCard, type OfferCardProps } from './OfferCard';

interface Props {
  values: OfferValues;
  /** The offer's photos as they stand in the editor; the first is the cover. */
  photoHashes: readonly string[];
  items: readonly MenuItem[];
  dayparts: readonly Daypart[];
}

const fenOrNull = (text: string | undefined) => {
  const parsed = parseYuanToFen(text ?? '');
  return parsed.ok ? parsed.fen : null;
};

/** The card's offer from the form's values as they stand, nothing refused. */
function cardOffer(values: OfferValues, items: readonly MenuItem[]): OfferCardProps['offer'] {
  const byId = new Map(items.map((item) => [item.id, item.name]));
  const price = fenOrNull(values.price);
  return {
    title: { zh: values.titleZh?.trim() || '—', en: values.titleEn?.trim() || null },
    description: {
      zh: values.descriptionZh?.trim() || null,
      en: values.descriptionEn?.trim() || null,
    },
    priceFen: price,
    originalPriceFen: values.originalPrice?.trim() ? fenOrNull(values.originalPrice) : price,
    groupSize: values.kind === 'visitCard' ? 1 : (values.groupSize ?? 1),
    groupHours: values.groupHours ?? 24,
    stock: values.stock ?? null,
    perCustomerLimit: values.perCustomerLimit ?? null,
    usesPerVoucher: values.usesPerVoucher ?? 1,
    lines: (values.lines ?? []).flatMap(
      (line): Array<{ name: LocalizedName; quantity: number | null }> => {
        if (line.kind === 'item') {
          const name = line.itemId ? byId.get(line.itemId) : undefined;
          return name ? [{ name, quantity: line.quantity ?? 1 }] : [];
        }
        return line.textZh?.trim()
          ? [{ name: { zh: line.textZh.trim(), en: line.textEn?.trim() || null }, quantity: null }]
          : [];
      },
    ),
    validity:
      values.validityKind === 'fixed'
        ? { kind: 'fixed', from: values.validFrom ?? '', until: values.validUntil ?? '' }
        : { kind: 'afterPurchase', days: values.validDays ?? 30 },
    usage: {
      weekdays: [...(values.weekdays ?? [])].sort(),
      daypartIds: values.daypartIds ?? [],
      excludedDates: values.excludedDates ?? [],
      usesPerVisit: values.usesPerVisit ?? 1,
      combinable: values.combinable ?? false,
      bookingRequired: values.bookingRequired ?? false,
    },
    refund: {
      beforeUse: values.refundBeforeUse ?? false,
      autoRefundExpired: values.autoRefundExpired ?? false,
    },
  };
}

export function OfferPreview({ values, photoHashes, items, dayparts }: Props) {
  const { t, i18n } = useTranslation('offers');
  // The cover from this device's copy: a photo just chosen shows before it is uploaded.
  const coverUrl = usePhotoUrl(photoHashes[0], 'image');
  const [language, setLanguage] = useState(i18n.language.startsWith('en') ? 'en' : 'zh-CN');
  const previewT = useMemo(() => i18n.getFixedT(language, 'offers'), [i18n, language]);
  const daypartNames = useMemo(
    () => new Map<string, LocalizedName>(dayparts.map((daypart) => [daypart.id, daypart.name])),
    [dayparts],
  );
  return (
    <section aria-label={t('editor.previewTitle')} style={{ position: 'sticky', top: 0 }}>
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {t('editor.previewTitle')}
      </Typography.Title>
      <Segmented
        aria-label={t('editor.previewLanguage')}
        value={language}
        onChange={(value) => setLanguage(String(value))}
        options={[
          { value: 'zh-CN', label: t('settings:languageNames.zh-CN') },
          { value: 'en', label: t('settings:languageNames.en') },
        ]}
      />
      <div
        style={{
          // A 375-pixel-wide phone screen inside the frame.
          boxSizing: 'content-box',
          width: 375 - 24,
          marginTop: 12,
          padding: 12,
          background: '#f5f5f5',
          borderRadius: 24,
          border: '1px solid #d9d9d9',
        }}
      >
        <OfferCard
          offer={cardOffer(values, items)}
          language={language}
          t={previewT}
          daypartNames={daypartNames}
          photoUrl={coverUrl}
          photoCount={photoHashes.length}
        />
      </div>
    </section>
  );
}
