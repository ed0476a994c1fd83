/**
 * The staff part's words: a permission rejection names who and which right in the shop's
 * language (not the right's id), and the audit log's CSV is what Excel reads.
 */
import { createInstance, type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@domain/staff/audit';
import { resources } from '../i18n/resources';
import { attentionTexts } from '../sync/pages/attention-texts';
import { auditCsv } from './pages/audit-csv';

async function translator(lng: string): Promise<TFunction> {
  const i18n = createInstance();
  await i18n.init({
    resources,
    lng,
    ns: Object.keys(resources['zh-CN']),
    interpolation: { escapeValue: false },
  });
  return i18n.getFixedT(lng, 'staff');
}

/** The details the platform sends (platform/sync/apply-mutation.ts notPermitted). */
const rejection = (actorName: string | null) => ({
  rule: 'staff.notPermitted',
  reason: 'invariant_violated',
  details: {
    permission: 'menu.editPrices',
    problem: 'notPermitted',
    actorStaffId: '0195f000-0000-7000-8000-000000000003',
    actorName,
    approverStaffId: null,
    approverName: null,
  },
});

describe('staff wording', () => {
  it.each([
    ['zh-CN', '这项修改由 小张 做出，按当时的角色没有“修改价格”的权限'],
    ['en', 'made by 小张, whose role at the time did not include “Change prices”'],
  ] as const)('words a permission rejection with who and which right in %s', async (lng, text) => {
    const texts = attentionTexts(rejection('小张'), await translator(lng), lng);
    expect(texts.reason).toContain(text);
    expect(texts.reason + texts.todo).not.toMatch(/\{\{|part\.|menu\.editPrices/);
  });

  it('says "unnamed" for a change that named nobody', async () => {
    const texts = attentionTexts(rejection(null), await translator('zh-CN'), 'zh-CN');
    expect(texts.reason).toContain('（未命名）');
  });

  it('exports the audit log as CSV with names, quoting what must be quoted', async () => {
    const t = (await translator('zh-CN')) as TFunction<'staff'>;
    const entry: AuditEntry = {
      serverSeq: 9,
      mutationId: '0195f000-0000-7000-8000-000000000009',
      name: 'menuItem.update',
      permissions: ['menu.editPrices'],
      status: 'applied',
      actorStaffId: null,
      actorName: '小张',
      approverStaffId: null,
      approverName: '李, "店长"',
      deviceId: '0195f000-0000-7000-8000-0000000000d1',
      deviceName: '=前台',
      madeAt: Date.UTC(2026, 2, 6, 4, 30),
      receivedAt: Date.UTC(2026, 2, 6, 4, 31),
      records: [],
    };
    const csv = auditCsv([entry], { language: 'zh-CN', t, what: () => '修改菜品' });
    const [header, row] = csv.trimEnd().split('\r\n');
    expect(header).toBe('时间,修改,操作人,批准人,电脑,结果');
    expect(row).toContain(',修改菜品,小张,"李, ""店长""",\'=前台,已生效');
  });
});
