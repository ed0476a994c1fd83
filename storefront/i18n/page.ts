/**
 * The served page's own texts (the blocks' labels, buttons and empty states) in both languages,
 * and how it writes prices and the shop's bilingual text: the page renders the same on the
 * platform's server and in the console's preview, so these live beside the blocks, not in the
 * console's resources.
 */
import type { PageText } from '../../domain/storefront/schema';
import type { ShopName } from '../../domain/storefront/page-data';
import type { PageLanguage } from '../types';
import { defineMessages, translator } from './define';

export const pageMessages = defineMessages(
  {
    'header.openToday': '今日营业',
    'header.closedToday': '今日休息',
    'header.hoursLabel': '营业时间',
    'header.address': '地址',
    'header.map': '地图',
    'header.mapLabel': '在地图上查看 {{address}}',
    'header.call': '拨打电话',
    'header.logo': '{{name}} 标志',
    'notice.label': '公告',
    'notice.warningLabel': '重要公告',
    'menu.title': '菜单',
    'menu.empty': '现在暂无可售菜品',
    'menu.soldOut': '已售罄',
    'menu.from': '{{price}} 起',
    'price.original': '原价',
    'price.now': '现价',
    'offers.title': '团购',
    'offers.empty': '现在暂无可购买的团购',
    'offers.buy': '立即抢购',
    'offers.groupSize': '{{count}} 人成团',
    'booking.title': '预约',
    'booking.book': '预约',
    'booking.bookTable': '预约订座',
    'booking.partySize': '可预约 {{min}}–{{max}} 人',
    'booking.duration': '{{minutes}} 分钟',
    'booking.none': '本店暂未开放在线预约，欢迎到店或来电咨询',
    'gallery.title': '相册',
    'gallery.photo': '照片 {{n}}',
    'text.label': '店铺介绍',
    'banner.label': '活动',
    'page.nav': '快捷链接',
    'page.switchTo': 'English',
    'page.me': '我的',
  },
  {
    'header.openToday': 'Open today',
    'header.closedToday': 'Closed today',
    'header.hoursLabel': 'Opening hours',
    'header.address': 'Address',
    'header.map': 'Map',
    'header.mapLabel': 'See {{address}} on the map',
    'header.call': 'Call',
    'header.logo': '{{name}} logo',
    'notice.label': 'Notice',
    'notice.warningLabel': 'Important notice',
    'menu.title': 'Menu',
    'menu.empty': 'Nothing is on sale right now',
    'menu.soldOut': 'Sold out',
    'menu.from': 'from {{price}}',
    'price.original': 'Was',
    'price.now': 'Now',
    'offers.title': 'Deals',
    'offers.empty': 'No deals on sale right now',
    'offers.buy': 'Buy',
    'offers.groupSize': 'Group of {{count}}',
    'booking.title': 'Book',
    'booking.book': 'Book',
    'booking.bookTable': 'Book a table',
    'booking.partySize': 'Parties of {{min}}–{{max}}',
    'booking.duration': '{{minutes}} min',
    'booking.none': 'Online booking is not open yet; please visit or call us',
    'gallery.title': 'Photos',
    'gallery.photo': 'Photo {{n}}',
    'text.label': 'About us',
    'banner.label': 'Promotion',
    'page.nav': 'Quick links',
    'page.switchTo': '中文',
    'page.me': 'Me',
  },
);

export type PageTranslate = ReturnType<typeof pageTranslator>;

export function pageTranslator(language: PageLanguage) {
  return translator(pageMessages, language);
}

/** The other language, which the switch link offers. */
export const otherLanguage = (language: PageLanguage): PageLanguage =>
  language === 'en' ? 'zh-CN' : 'en';

/** The shop's text in the page's language: English when the page is English and it has some. */
export function pageTextIn(text: PageText, language: PageLanguage): string {
  return language === 'en' && text.en.trim() !== '' ? text.en : text.zh;
}

/** A menu, offer or service name: English when the page is English and the shop gave one. */
export function shopNameIn(name: ShopName, language: PageLanguage): string {
  const en = name.en?.trim();
  return language === 'en' && en ? en : name.zh;
}

/** An item's description likewise, or '' when there is none in either language. */
export function descriptionIn(
  text: { zh?: string | null; en?: string | null },
  language: PageLanguage,
): string {
  const en = text.en?.trim();
  return language === 'en' && en ? en : (text.zh?.trim() ?? '');
}

/**
 * A price in fen as customers read it on a menu: ¥25 for whole yuan, ¥12.80 otherwise — the
 * same in both languages (the page is for customers in China; 'CN¥' reads oddly on a menu).
 */
export function priceText(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`not an amount in fen: ${fen}`);
  const yuan = Math.floor(fen / 100);
  const cents = fen % 100;
  const grouped = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return cents === 0 ? `¥${grouped}` : `¥${grouped}.${String(cents).padStart(2, '0')}`;
}

/** Today's opening periods as one line ('09:00–14:00, 17:00–21:00'). */
export function hoursText(periods: readonly { open: string; close: string }[]): string {
  return periods.map(({ open, close }) => `${open}–${close}`).join(', ');
}
