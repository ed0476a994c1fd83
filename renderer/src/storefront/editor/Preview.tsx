/**
 * The phone-frame live preview: the draft rendered by the storefront's own renderer
 * (storefrontHtml, what the platform serves) at a chosen moment in the shop's zone, language and
 * phone width, inside a sandboxed frame with no scripts. It follows the draft as it changes.
 */
import { useMemo, useState } from 'react';
import { Button, Flex, Form, Input, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { storefrontData } from '@domain/storefront/data';
import type { StorefrontDocument } from '@domain/storefront/schema';
import { parseCalendarDate, parseClock, zonedParts, zonedTimeToEpoch } from '@domain/time';
import { storefrontHtml } from '@storefront/render';
import type { PageLanguage } from '@storefront/types';
import { useNow } from '../../time/use-now';
import { useVendorProfile } from '../../vendors/use-vendor';
import { imageHashesOf, useImageUrls, usePreviewSource } from './use-preview-source';

export const PHONES = [
  { width: 375, height: 812 },
  { width: 390, height: 844 },
] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** The moment a date and a time in the shop's zone name, or null when either is not one. */
export function momentOf(date: string, time: string, timeZone: string): number | null {
  const day = parseCalendarDate(date);
  const minutes = parseClock(time);
  if (!day || minutes === null) return null;
  try {
    return zonedTimeToEpoch(
      { ...day, hour: Math.floor(minutes / 60), minute: minutes % 60 },
      timeZone,
    );
  } catch {
    return null;
  }
}

/** `document`: the draft as the editor holds it (draftDocument of its blocks and theme). */
export function Preview({ document }: { document: StorefrontDocument }) {
  const { t, i18n } = useTranslation('storefront');
  const now = useNow();
  const [chosen, setChosen] = useState<{ date: string; time: string } | null>(null);
  const [language, setLanguage] = useState<PageLanguage>(i18n.language === 'en' ? 'en' : 'zh-CN');
  const [phone, setPhone] = useState(0);
  const timeZone = useVendorProfile()?.timeZone;

  const shownNow = timeZone ? zonedParts(now, timeZone) : null;
  const date =
    chosen?.date ??
    (shownNow ? `${shownNow.year}-${pad(shownNow.month)}-${pad(shownNow.day)}` : '');
  const time = chosen?.time ?? (shownNow ? `${pad(shownNow.hour)}:${pad(shownNow.minute)}` : '');
  const at = (chosen && timeZone ? momentOf(chosen.date, chosen.time, timeZone) : null) ?? now;
  const source = usePreviewSource(at);

  const data = useMemo(() => (source ? storefrontData(source, at) : null), [source, at]);
  const hashes = useMemo(() => (data ? imageHashesOf(document, data) : []), [document, data]);
  const urls = useImageUrls(hashes, source?.photos ?? []);
  const html = useMemo(() => {
    if (!data || !source) return '';
    return storefrontHtml({
      document,
      data,
      context: {
        language,
        imageUrl: (hash, size) => {
          const url = urls.get(hash);
          return url ? (size === 'thumb' ? url.thumb : url.full) : '';
        },
        links: null,
      },
      title: source.profile.name,
    });
  }, [data, document, language, source, urls]);

  const size = PHONES[phone]!;
  return (
    <section aria-labelledby="sf-preview-title" style={{ width: size.width + 24 }}>
      <Typography.Title level={2} id="sf-preview-title" style={{ fontSize: 16 }}>
        {t('editor.preview.title')}
      </Typography.Title>
      <Form layout="vertical" size="small" component="div">
        <Flex gap={8} wrap align="end">
          <Form.Item
            label={t('editor.preview.date')}
            htmlFor="sf-preview-date"
            style={{ marginBottom: 8 }}
          >
            <Input
              id="sf-preview-date"
              type="date"
              value={date}
              onChange={(event) => setChosen({ date: event.target.value, time })}
            />
          </Form.Item>
          <Form.Item
            label={t('editor.preview.time')}
            htmlFor="sf-preview-time"
            style={{ marginBottom: 8 }}
          >
            <Input
              id="sf-preview-time"
              type="time"
              value={time}
              onChange={(event) => setChosen({ date, time: event.target.value })}
            />
          </Form.Item>
          <Button
            size="small"
            disabled={!chosen}
            onClick={() => setChosen(null)}
            style={{ marginBottom: 8 }}
          >
            {t('editor.preview.now')}
          </Button>
        </Flex>
        <Flex gap={8} wrap style={{ marginBottom: 8 }}>
          <Segmented<PageLanguage>
            aria-label={t('editor.preview.language')}
            value={language}
            onChange={setLanguage}
            options={[
              { value: 'zh-CN', label: t('editor.preview.zh') },
              { value: 'en', label: t('editor.preview.en') },
            ]}
          />
          <Segmented<number>
            aria-label={t('editor.preview.width')}
            value={phone}
            onChange={setPhone}
            options={PHONES.map((each, index) => ({
              value: index,
              label: t('editor.preview.size', { width: each.width, height: each.height }),
            }))}
          />
        </Flex>
      </Form>
      <div
        style={{
          width: size.width + 16,
          padding: 8,
          borderRadius: 36,
          background: '#1f1f1f',
        }}
      >
        <iframe
          title={t('editor.preview.frame')}
          sandbox=""
          srcDoc={html}
          width={size.width}
          height={size.height}
          style={{ display: 'block', border: 0, borderRadius: 28, background: '#fff' }}
        />
      </div>
    </section>
  );
}
