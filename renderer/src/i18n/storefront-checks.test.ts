/**
 * Every problem the checks before publishing can report, and the storefront rule's message, read
 * as a whole sentence in both languages: a text for each code, every value interpolated, every
 * nested name (a field, a photo's place, an offer's status) found.
 */
import { createInstance, type i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { problemCodes, type ProblemCode } from '@domain/storefront/checks';
import { resources } from './resources';

const sampleValues: Record<ProblemCode, Record<string, string | number>> = {
  page_empty: {},
  notice_empty: {},
  text_empty: {},
  gallery_empty: {},
  banner_no_image: {},
  menu_names_nothing: {},
  offers_names_nothing: { count: 2 },
  booking_names_nothing: {},
  image_missing: { hash: 'cccccccc', where: 'gallery' },
  offer_missing: { count: 1 },
  offer_ended: { title: '早餐券' },
  offer_sale_over: { title: '午市券' },
  offer_not_on_sale: { title: '夜宵券', status: 'paused' },
  category_missing: { count: 1 },
  item_missing: { count: 2 },
  service_missing: { count: 1 },
  daypart_missing: { count: 1 },
  banner_target_missing: {},
  visibility_dates_reversed: { from: '2026-12-10', until: '2026-12-09' },
  visibility_dayparts_deleted: { count: 2 },
  visibility_days_outside_dates: { from: '2026-12-07', until: '2026-12-11', days: 'weekends' },
  visibility_past: { until: '2026-12-06' },
  english_missing: { field: 'caption' },
  banner_alt_missing: {},
  contrast_text: { ratio: '2.84', required: 4.5 },
  contrast_button: { ratio: '1.24', required: 3 },
};

let i18n: I18n;
beforeAll(async () => {
  i18n = createInstance();
  await i18n.init({ resources, lng: 'zh-CN', ns: Object.keys(resources['zh-CN']) });
});

describe.each(['zh-CN', 'en'])('the storefront checks’ texts in %s', (lng) => {
  it.each(problemCodes)('%s reads whole', (code) => {
    const key = `storefront:checks.${code}`;
    expect(i18n.exists(key, { lng, fallbackLng: false })).toBe(true);
    const text = i18n.t(key, { lng, ...sampleValues[code] });
    expect(text).not.toMatch(/\{\{|\$t\(|checks\.|offers:/);
    for (const value of Object.values(sampleValues[code]).filter(
      (v) => typeof v !== 'string' || !/^[a-z]+$/.test(v),
    ))
      expect(text).toContain(String(value));
  });

  it('each field and photo place has a name', () => {
    for (const field of ['text', 'body', 'title', 'alt', 'headline', 'caption'])
      expect(i18n.exists(`storefront:checks.fields.${field}`, { lng, fallbackLng: false })).toBe(
        true,
      );
    for (const where of ['logo', 'cover', 'gallery', 'banner'])
      expect(i18n.exists(`storefront:checks.where.${where}`, { lng, fallbackLng: false })).toBe(
        true,
      );
  });

  it('the stale-publish rule says which version is live', () => {
    const values = { live: 4, basedOn: 3 };
    const rule = 'storefront:part.rules.storefront.stalePublish';
    expect(i18n.t(`${rule}.message`, { lng, ...values })).toMatch(/4[\s\S]*3/);
    expect(i18n.t(`${rule}.actions.publishAnyway`, { lng, ...values })).toContain('4');
  });
});
