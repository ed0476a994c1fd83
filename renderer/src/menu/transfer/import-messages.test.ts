/**
 * Every message the preview can show for a broken file reads whole in both languages: the
 * parser's numbers reach the text, and no placeholder is left unfilled.
 */
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@domain/csv/parse';
import { planImport } from '@domain/menu/import/read';
import { resources } from '../../i18n/resources';
import { fileErrorText, fileWarningText, importProblemText } from './import-messages';

async function menuT(language: 'zh-CN' | 'en'): Promise<TFunction<'menu'>> {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: language, interpolation: { escapeValue: false } });
  return instance.getFixedT(language, 'menu');
}

const empty = { categories: [], items: [], dayparts: [], tags: [] };
const options = {
  mode: 'upsert_by_sku' as const,
  newId: () => crypto.randomUUID(),
  updatedAt: 1,
  defaultCategoryName: { zh: '未分类', en: 'Uncategorized' },
  variationGroupName: { zh: '规格', en: 'Options' },
};

/** Every message of a plan, as the preview shows it. */
function messagesOf(t: TFunction<'menu'>, file: string): string[] {
  const plan = planImport(parseCsv(file), { mapping: { name: 0, price: 1 } }, empty, options);
  return [
    ...plan.fileErrors.map((error) => fileErrorText(t, error)),
    ...plan.preview.flatMap((row) =>
      row.errors.map((problem) => importProblemText(t, problem, () => undefined)),
    ),
  ];
}

describe('import messages', () => {
  // A row with a field too many, and a stray quote that swallows the next lines (the other path).
  const file = '名称,价格\n豆浆,3,多一列\n"油条,2\n包子,3\n馒头,"1"\n';

  it('fill the counts of a row with the wrong number of fields, in Chinese', async () => {
    const messages = messagesOf(await menuT('zh-CN'), file);
    expect(messages).toContain('这一行有 3 列，应为 2 列，整行已跳过');
    expect(messages.join('\n')).not.toContain('{{');
  });

  it('fill the counts of a row with the wrong number of fields, in English', async () => {
    const messages = messagesOf(await menuT('en'), file);
    expect(messages.some((m) => /Fields on this row: 3, in the header: 2/.test(m))).toBe(true);
    expect(messages.join('\n')).not.toContain('{{');
  });

  it('quote the value an optional field left out, and say why', async () => {
    const warning = {
      field: 'barcode' as const,
      code: 'code_scientific' as const,
      params: { value: '3.65275E+11' },
    };
    const zh = importProblemText(await menuT('zh-CN'), warning, () => undefined, 'warning');
    const en = importProblemText(await menuT('en'), warning, () => undefined, 'warning');
    expect(zh).toBe(
      '条码“3.65275E+11”未导入：Excel 把它存成了科学计数法，原来的数字已丢失；请在 Excel 中把这一列设为“文本”后重新导出',
    );
    expect(en).toMatch(/^Barcode “3\.65275E\+11” not imported: Excel saved it in scientific/);
  });

  it('name the currency of a price taken as yuan, on the row and for the file', async () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const t = await menuT(language);
      const plan = planImport(
        parseCsv('Name,Price\nLatte,$4.50\n'),
        { mapping: { name: 0, price: 1 } },
        empty,
        options,
      );
      const row = importProblemText(t, plan.preview[0]!.warnings[0]!, () => undefined, 'warning');
      const file = fileWarningText(t, plan.fileWarnings[0]!);
      expect(row).toContain('$4.50');
      expect(`${row}\n${file}`).not.toMatch(/\{\{|import\.currency/);
    }
  });
});
