import { describe, expect, it } from 'vitest';
import {
  renderTemplate,
  smsLocales,
  templateNames,
  templates,
  type TemplateParams,
} from './templates';

const samples: TemplateParams = {
  code: { shop: '小馆', code: '042917', minutes: 5 },
  confirmation: {
    shop: '小馆',
    when: '12月5日 19:00',
    party: 4,
    code: 'ABCD2345',
    confirmed: true,
  },
  reminder: { shop: '小馆', when: '12月5日 19:00', party: 4, code: 'ABCD2345' },
  cancellation: { shop: '小馆', when: '12月5日 19:00', code: 'ABCD2345', refundFen: 10_000 },
};

describe('the SMS catalogue', () => {
  it('has every template in both languages, each naming the shop and its parameters', () => {
    for (const locale of smsLocales) {
      expect(Object.keys(templates[locale]).sort()).toEqual([...templateNames].sort());
      for (const name of templateNames) {
        const text = renderTemplate(locale, name, samples[name] as never);
        expect(text).toContain('小馆');
        expect(text.length).toBeLessThan(160);
        expect(text).not.toMatch(/undefined|NaN|\$\{/);
      }
    }
    expect(renderTemplate('zh-CN', 'code', samples.code)).toContain('042917');
    expect(renderTemplate('en', 'code', samples.code)).toContain('042917');
  });

  it('words a requested booking and a refund differently from a confirmed one and none', () => {
    expect(
      renderTemplate('zh-CN', 'confirmation', { ...samples.confirmation, confirmed: false }),
    ).toContain('待确认');
    expect(renderTemplate('en', 'confirmation', samples.confirmation)).toContain('confirmed');
    expect(renderTemplate('en', 'cancellation', samples.cancellation)).toContain('CN¥100.00');
    expect(
      renderTemplate('zh-CN', 'cancellation', { ...samples.cancellation, refundFen: null }),
    ).not.toContain('定金');
  });
});
