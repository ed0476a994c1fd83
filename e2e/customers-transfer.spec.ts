/**
 * Moving customers in and out, end to end in Chromium: an old system's member list saved by Excel
 * on Chinese Windows (GBK) with opening balances, whose totals are shown before anything is
 * written; a phone's contacts file; the Excel export with masked phones; one customer's PIPL
 * export holding their ledger entries. Every dialog is checked with axe and the preview is
 * photographed in both languages.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import {
  androidVcf,
  encodeGbk,
  encodeUtf16,
  iphoneVcf,
} from '../domain/customers/import/test-files';
import { expectNoSeriousA11yViolations } from './support/axe';
import { createProfile, laoWang } from './support/profile';

const shots = 'test-results/screenshots';
const docs = 'docs/screenshots';

/** The old system's member list: Chinese headers, balances in yuan, one bad row, one repeated phone. */
const memberList = () => ({
  name: '会员导出.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    encodeGbk(
      [
        '会员姓名,手机号码,性别,生日,储值余额(元),赠送余额,积分,备注',
        '张伟,138 1234 5678,男,1990-05-12,500.00,50,1200,爱吃辣',
        '李娜,139-0000-1111,女,5月12日,88.50,0,300,',
        '王芳,1.39E+10,女,,,,,',
        '赵敏,13700002222,,,,,20,',
        '赵敏,13700002222,,,100,,,',
      ].join('\r\n') + '\r\n',
    ),
  ),
});

const contacts = () => ({
  name: 'contacts.vcf',
  mimeType: 'text/vcard',
  buffer: Buffer.from(androidVcf() + iphoneVcf(), 'utf8'),
});

/** "Unicode text" from Excel in English: UTF-16, tabs; one phone already in the shop. */
const englishList = () => ({
  name: 'members.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from(
    encodeUtf16(
      'Name\tMobile\tBirthday\tBalance\tBonus\tPoints\tTags\tNote\r\n' +
        'Jane Doe\t13500003333\t1988-02-29\t200\t20\t50\t\t\r\n' +
        'Zhang Wei\t13812345678\t\t\t\t\tregular\tlikes it spicy\r\n' +
        'Bad Number\t12345\t\t\t\t\t\t\r\n',
      'le',
    ),
  ),
});

async function openCustomers(page: Page, nav = '主导航', label = '会员') {
  await page.getByRole('navigation', { name: nav }).getByText(label, { exact: true }).click();
  await expect(page.getByRole('heading', { name: label, level: 1 })).toBeVisible();
}

async function chooseFile(
  page: Page,
  dialogName: string,
  button: string,
  file: { name: string; mimeType: string; buffer: Buffer },
) {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expectNoSeriousA11yViolations(page, `${dialogName} (choose)`);
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
  return dialog;
}

test.describe('customers: import and export', () => {
  test('import a GBK member list with opening balances and a contacts file; export masked; export one customer’s data', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 1400 });
    await page.goto('/');
    await createProfile(page, laoWang);
    await openCustomers(page);

    await page.getByRole('button', { name: '导入会员' }).click();
    let dialog = await chooseFile(page, '导入会员', '选择文件（CSV 或 vCard）', memberList());
    await expect(
      dialog.getByText('文件：会员导出.csv；格式：表格（CSV）；编码：GBK / GB18030'),
    ).toBeVisible();
    // The columns were recognised from the Chinese headers.
    await expect(dialog.getByRole('combobox', { name: '储值本金（元）' })).toBeVisible();
    await expect(dialog.getByTitle('储值余额(元)')).toBeVisible();
    // The totals, before anything is written.
    const totals = dialog.getByRole('region', { name: '确认后写入的合计' });
    await expect(totals).toContainText('新增会员3');
    await expect(totals).toContainText('跳过（有错误）2');
    await expect(totals).toContainText('期初储值本金¥588.50');
    await expect(totals).toContainText('期初赠送余额¥50.00');
    await expect(totals).toContainText('期初积分1,520');
    const rows = dialog.getByRole('table', { name: '逐行预览' });
    await expect(rows.getByRole('row').filter({ hasText: '王芳' })).toContainText('科学计数法');
    await expect(rows.getByRole('row').filter({ hasText: '与第 5 行的手机号相同' })).toContainText(
      '跳过',
    );
    await expect(rows.getByRole('row').filter({ hasText: '张伟' })).toContainText('138****5678');
    const commit = dialog.getByRole('button', { name: '导入 3 位会员' });
    await expect(commit).toBeDisabled();
    await expectNoSeriousA11yViolations(page, 'customer import preview');
    await page.screenshot({ path: `${shots}/customers-import-preview-zh-CN.png`, fullPage: true });
    await page.screenshot({ path: `${docs}/customers-import-zh-CN.png`, fullPage: true });
    await dialog.getByRole('checkbox', { name: '我已核对以上合计，确认导入' }).check();
    await commit.click();
    await expect(dialog.getByText('导入完成')).toBeVisible();
    await expect(dialog.getByText('新增 3 位，合并 0 位，跳过 2 行。')).toBeVisible();
    await dialog.getByRole('button', { name: '完成' }).click();
    const listRows = page.getByRole('table', { name: '会员列表' }).getByRole('row');
    const row = (name: string) => listRows.filter({ hasText: name });
    for (const [name, phone] of [
      ['张伟', '138****5678'],
      ['李娜', '139****1111'],
      ['赵敏', '137****2222'],
    ])
      await expect(row(name!)).toContainText(phone!);

    // A phone's contacts: Android 2.1 quoted-printable and an iPhone 3.0 card.
    await page.getByRole('button', { name: '导入会员' }).click();
    dialog = await chooseFile(page, '导入会员', '选择文件（CSV 或 vCard）', contacts());
    await expect(dialog.getByText(/格式：通讯录（vCard）/)).toBeVisible();
    await expect(dialog.getByRole('row').filter({ hasText: '欧阳娜娜' })).toContainText(
      '139****5678',
    );
    await dialog.getByRole('checkbox', { name: '我已核对以上合计，确认导入' }).check();
    await dialog.getByRole('button', { name: '导入 2 位会员' }).click();
    await dialog.getByRole('button', { name: '完成' }).click();
    await expect(row('欧阳娜娜')).toContainText('139****5678');
    await expect(row('李小龙')).toHaveCount(0); // same phone as 赵敏: merged
    await expect(listRows.filter({ hasText: /\*\*\*\*/ })).toHaveCount(4);

    // The Excel export: BOM, CRLF, phones masked.
    await page.getByRole('button', { name: '导出会员' }).click();
    const exportDialog = page.getByRole('dialog', { name: '导出会员（CSV）' });
    await expect(exportDialog.getByRole('radio', { name: '打码（138****1234）' })).toBeChecked();
    await expectNoSeriousA11yViolations(page, 'customer export');
    const download = page.waitForEvent('download');
    await exportDialog.getByRole('button', { name: '导出 4 位会员' }).click();
    const csv = await readFile((await (await download).path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe(
      '姓名,手机,性别,生日,标签,备注,储值本金,赠送余额,积分,注册渠道,注册日期',
    );
    expect(text).toContain('张伟,138****5678,男,1990-05-12,,爱吃辣,500.00,50.00,1200,导入,');
    expect(text).not.toMatch(/1\d{10}/);

    // One customer's data (PIPL art. 45): JSON and CSV, with their opening entries.
    await row('张伟').getByRole('link', { name: '张伟' }).click();
    await page.getByRole('button', { name: '导出个人信息' }).click();
    const privacy = page.getByRole('dialog', { name: '导出该会员的个人信息' });
    await expect(
      privacy.getByText('档案 1 份，储值记录 1 条，积分记录 1 条，收款记录 0 条'),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'privacy export');
    await page.screenshot({ path: `${shots}/customers-privacy-export-zh-CN.png`, fullPage: true });
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await privacy.getByRole('button', { name: '导出' }).click();
    await expect(page.getByText('已导出 2 个文件')).toBeVisible();
    const saved = downloads;
    const json = saved.find((d) => d.suggestedFilename().endsWith('.json'))!;
    const data = JSON.parse(await readFile((await json.path())!, 'utf8'));
    expect(data.profiles[0].personal).toMatchObject({ name: '张伟', phone: '13812345678' });
    expect(data.records.storedValueEntry).toEqual([
      expect.objectContaining({ kind: 'opening', principalFen: 50_000, bonusFen: 5_000 }),
    ]);
    expect(data.records.pointsEntry).toEqual([
      expect.objectContaining({ kind: 'opening', points: 1200 }),
    ]);
    const privacyCsv = saved.find((d) => d.suggestedFilename().endsWith('.csv'))!;
    const csvText = (await readFile((await privacyCsv.path())!)).subarray(3).toString('utf8');
    expect(csvText).toContain('储值记录,1');
    expect(csvText).toContain(data.records.storedValueEntry[0].receiptNo);
  });

  test('the import preview in English: a UTF-16 sheet that adds one customer and merges into another', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 1400 });
    await page.goto('/');
    await createProfile(page, laoWang);
    await openCustomers(page);
    await page.getByRole('button', { name: '导入会员' }).click();
    let dialog = await chooseFile(page, '导入会员', '选择文件（CSV 或 vCard）', memberList());
    await dialog.getByRole('checkbox', { name: '我已核对以上合计，确认导入' }).check();
    await dialog.getByRole('button', { name: '导入 3 位会员' }).click();
    await dialog.getByRole('button', { name: '完成' }).click();

    await page.getByRole('navigation', { name: '主导航' }).getByText('设置').click();
    await page.getByText('English', { exact: true }).click();
    await openCustomers(page, 'Main navigation', 'Customers');
    await page.getByRole('button', { name: 'Import customers' }).click();
    dialog = await chooseFile(
      page,
      'Import customers',
      'Choose a file (CSV or vCard)',
      englishList(),
    );
    await expect(
      dialog.getByText('File: members.txt; format: spreadsheet (CSV); encoding: UTF-16'),
    ).toBeVisible();
    const rows = dialog.getByRole('table', { name: 'Row by row' });
    const zhang = rows.getByRole('row').filter({ hasText: 'Zhang Wei' });
    await expect(zhang).toContainText('Merge');
    await expect(zhang).toContainText(
      'Keeps Name “张伟” (the file says “Zhang Wei”; not overwritten)',
    );
    await expect(rows.getByRole('row').filter({ hasText: 'Bad Number' })).toContainText(
      'Phone: “12345” is not a mobile or a landline with its area code',
    );
    const totals = dialog.getByRole('region', { name: 'Totals to be written when you confirm' });
    await expect(totals).toContainText('New customers1');
    await expect(totals).toContainText('Opening stored value, paidCN¥200.00');
    await expectNoSeriousA11yViolations(page, 'customer import preview (en)');
    await page.screenshot({ path: `${shots}/customers-import-preview-en.png`, fullPage: true });
    await page.screenshot({ path: `${docs}/customers-import-en.png`, fullPage: true });
    await dialog.getByRole('checkbox', { name: 'I have checked the totals above; import' }).check();
    await dialog.getByRole('button', { name: 'Import 2 customers' }).click();
    await expect(dialog.getByText('1 new, 1 merged, 1 rows skipped.')).toBeVisible();
  });
});
