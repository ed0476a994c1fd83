/**
 * The texts of the platform's own storefront pages, around the shop's page: an unknown shop, a
 * shop with nothing published yet, an error, the draft preview's banner, the language switch and
 * the printable QR poster.
 */
import { defineMessages } from './define';

export const siteMessages = defineMessages(
  {
    unknownShopTitle: '找不到这家店',
    unknownShopBody: '这个地址没有对应的店铺。请检查地址，或向店家索取新的二维码。',
    notPublishedTitle: '店铺页面尚未发布',
    notPublishedBody: '这家店还没有发布它的页面，请稍后再来。',
    errorTitle: '页面暂时打不开',
    errorBody: '出了点问题，请稍后再试。',
    tooManyTitle: '访问太频繁',
    tooManyBody: '请求太多了，请 {{seconds}} 秒后再试。',
    previewForbiddenTitle: '预览链接无效',
    previewForbiddenBody: '这个预览链接无效或已过期。请在店铺后台重新生成。',
    previewBanner: '草稿预览，{{expires}} 过期 · 顾客看不到此版本',
    switchLanguage: 'English',
    switchLanguageLabel: '切换语言',
    posterTitle: '{{shop}} · 扫码',
    posterScan: '扫码点餐 / 预约',
    posterScanOther: 'Scan to order / book',
    posterAddress: '或打开 {{url}}',
  },
  {
    unknownShopTitle: 'Shop not found',
    unknownShopBody:
      'No shop has this address. Check the address, or ask the shop for a new QR code.',
    notPublishedTitle: 'This page is not published yet',
    notPublishedBody: 'This shop has not published its page yet. Please come back later.',
    errorTitle: 'This page cannot open right now',
    errorBody: 'Something went wrong. Please try again later.',
    tooManyTitle: 'Too many requests',
    tooManyBody: 'Too many requests; please try again in {{seconds}} s.',
    previewForbiddenTitle: 'Preview link not valid',
    previewForbiddenBody:
      'This preview link is not valid or has expired. Make a new one in the shop console.',
    previewBanner: 'Draft preview, expires {{expires}} · customers do not see this version',
    switchLanguage: '中文',
    switchLanguageLabel: 'Change language',
    posterTitle: '{{shop}} · scan',
    posterScan: 'Scan to order / book',
    posterScanOther: '扫码点餐 / 预约',
    posterAddress: 'or open {{url}}',
  },
);
