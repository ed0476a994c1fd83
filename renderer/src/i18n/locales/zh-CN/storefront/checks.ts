/**
 * 发布前检查的文案（domain/storefront/checks.ts）：每个问题代码一句话，{{…}} 为问题的取值；
 * 字段、图片位置的名称供句子引用。
 */
export default {
  severity: { error: '需修改后才能发布', warning: '提醒' },
  page_empty: '页面还没有任何模块。',
  notice_empty: '公告没有中文内容，顾客会看到一个空白公告。',
  text_empty: '文字模块没有中文内容。',
  gallery_empty: '相册还没有照片。',
  banner_no_image: '横幅还没有图片。',
  menu_names_nothing: '所选的分类和菜品都已删除，这个菜单模块什么也不会显示。',
  offers_names_nothing: '所选的 {{count}} 个团购都已删除或不在售，这个模块什么也不会显示。',
  booking_names_nothing: '所选的服务都已删除或停用，这个预约模块没有可预约的内容。',
  image_missing:
    '$t(storefront:checks.where.{{where}})的一张图片（{{hash}}）不在本机也未上传，顾客会看到破图。请重新选择图片。',
  offer_missing: '所选团购中有 {{count}} 个已删除，页面上不会显示。',
  offer_ended: '团购“{{title}}”已结束，页面上不会再显示。',
  offer_sale_over: '团购“{{title}}”的售卖时间已过，页面上不会再显示。',
  offer_not_on_sale: '团购“{{title}}”现在是“$t(offers:status.{{status}})”，上架前页面上不会显示。',
  category_missing: '所选分类中有 {{count}} 个已删除。',
  item_missing: '所选菜品中有 {{count}} 个已删除。',
  service_missing: '所选服务中有 {{count}} 个已删除或停用。',
  daypart_missing: '显示条件里有 {{count}} 个时段已删除，只按其余时段显示。',
  banner_target_missing: '横幅链接的模块不在这个页面上，顾客点击后没有反应。',
  visibility_dates_reversed:
    '显示日期的结束日（{{until}}）早于开始日（{{from}}），这个模块永远不会显示。',
  visibility_days_outside_dates:
    '{{from}} 至 {{until}} 之间没有$t(storefront:checks.days.{{days}})，这个模块永远不会显示。',
  visibility_dayparts_deleted: '显示条件里的时段（{{count}} 个）都已删除，这个模块永远不会显示。',
  visibility_past: '显示日期已于 {{until}} 结束，这个模块不会再显示。',
  english_missing: '$t(storefront:checks.fields.{{field}})只有中文，英文顾客会看到中文。',
  banner_alt_missing: '横幅图片没有文字说明，使用读屏软件的顾客无从得知图片内容。',
  contrast_text:
    '文字颜色与背景色的对比度只有 {{ratio}}，至少需要 {{required}}，顾客会看不清文字。',
  contrast_button: '按钮上的文字（背景色）与主色的对比度只有 {{ratio}}，至少需要 {{required}}。',
  fields: {
    text: '公告内容',
    body: '正文',
    title: '标题',
    alt: '图片说明',
    headline: '横幅标语',
    caption: '照片说明',
  },
  days: { weekdays: '工作日', weekends: '周末' },
  where: { logo: '店铺标志', cover: '封面', gallery: '相册', banner: '横幅' },
};
